package org.grassroots.catalog;

import java.math.BigDecimal;

/**
 * Nutrition per 100 g. Any value may be null when the source does not give it. Salt is sodium
 * multiplied by 2.5, as EU Regulation 1169/2011 defines it.
 *
 * @param portionGrams the portion the panel also shows; null if the producer gave none
 * @param fvlPercent fruit, vegetables and legumes in percent, for the Nutri-Score; null to derive it
 *     from the category
 */
public record NutritionFacts(
        BigDecimal energyKcal,
        BigDecimal energyKj,
        BigDecimal fat,
        BigDecimal saturatedFat,
        BigDecimal carbohydrate,
        BigDecimal sugars,
        BigDecimal fibre,
        BigDecimal protein,
        BigDecimal salt,
        BigDecimal portionGrams,
        BigDecimal fvlPercent,
        String source) {

    /** Where producer-entered facts say they come from. */
    public static final String PRODUCER = "Entered by the producer";

    /** The same facts for a portion of {@code portionGrams}, or null without a portion. */
    public BigDecimal perPortion(BigDecimal per100g) {
        if (per100g == null || portionGrams == null) {
            return null;
        }
        return per100g.multiply(portionGrams).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
    }
}
