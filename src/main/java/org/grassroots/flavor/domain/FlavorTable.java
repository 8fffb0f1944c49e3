package org.grassroots.flavor.domain;

import java.util.OptionalInt;

/**
 * An ingredient–flavor-compound table: the one data source behind every chemistry score, so that
 * another table can replace Ahn et al.'s. Ingredients and compounds are dense ints from 0.
 */
public interface FlavorTable {

    /** How many ingredients; ids are 0 to size − 1. */
    int size();

    String name(int ingredient);

    /** A broad category, for example "vegetable" or "dairy"; empty if unknown. */
    String category(int ingredient);

    OptionalInt find(String name);

    /** The ingredient's flavor compounds, sorted ascending. Do not modify. */
    int[] compounds(int ingredient);

    String compoundName(int compound);
}
