package org.grassroots.safety;

import java.util.EnumSet;
import java.util.Set;

/** The nine US major food allergens: FALCPA's eight plus sesame from the FASTER Act (2021). */
public enum UsAllergen {
    MILK,
    EGGS,
    FISH,
    CRUSTACEAN_SHELLFISH,
    TREE_NUTS,
    PEANUTS,
    WHEAT,
    SOYBEANS,
    SESAME;

    /** The EU headings that cover this US allergen: the inverse of {@link Allergen#usMajor()}. */
    public Set<Allergen> eu() {
        Set<Allergen> eu = EnumSet.noneOf(Allergen.class);
        for (Allergen a : Allergen.values()) {
            if (a.usMajor().contains(this)) {
                eu.add(a);
            }
        }
        return eu;
    }
}
