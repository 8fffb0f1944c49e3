package org.grassroots.safety;

/** Which set of Nutri-Score 2023 rules applies to a food. */
public enum NutriScoreCategory {
    GENERAL,
    CHEESE,
    RED_MEAT,
    FATS_OILS_NUTS_SEEDS,
    BEVERAGE,
    WATER;

    public boolean isBeverage() {
        return this == BEVERAGE || this == WATER;
    }
}
