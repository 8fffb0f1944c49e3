package org.grassroots.safety.domain;

import org.grassroots.safety.NutriScoreCategory;

/**
 * What the Nutri-Score needs, per 100 g (or 100 ml for beverages). A null nutrient counts as 0,
 * as Open Food Facts does. For fats, oils, nuts and seeds the energy from saturated fat (kJ) and
 * the saturated fat ratio (% of fat) are used; {@link #of} derives them from grams.
 */
public record NutriScoreInput(
        NutriScoreCategory category,
        Double energyKj,
        Double energyFromSaturatedFatKj,
        Double sugars,
        Double saturatedFat,
        Double saturatedFatRatio,
        Double salt,
        boolean nonNutritiveSweeteners,
        Double fibre,
        Double protein,
        Double fruitsVegetablesLegumesPercent) {

    /** Energy in kJ of one gram of fat, as Regulation 1169/2011 Annex XIV counts it. */
    static final double KJ_PER_GRAM_FAT = 37;

    /** From nutrition facts in grams: derives the energy from saturated fat and the saturated fat ratio. */
    public static NutriScoreInput of(
            NutriScoreCategory category,
            Double energyKj,
            Double fat,
            Double saturatedFat,
            Double sugars,
            Double salt,
            Double fibre,
            Double protein,
            Double fvlPercent) {
        Double fromSaturated = saturatedFat == null ? null : saturatedFat * KJ_PER_GRAM_FAT;
        Double ratio = saturatedFat == null || fat == null || fat <= 0 ? null : saturatedFat / fat * 100;
        return new NutriScoreInput(
                category,
                energyKj,
                fromSaturated,
                sugars,
                saturatedFat,
                ratio,
                salt,
                false,
                fibre,
                protein,
                fvlPercent);
    }
}
