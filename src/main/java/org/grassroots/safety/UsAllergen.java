package org.grassroots.safety;

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
}
