package org.grassroots.catalog;

/** The describing fields of a product that its producer can change. */
public record ProductEdit(
        String name, String category, String description, String storage, Integer shelfLifeDays, Season season) {}
