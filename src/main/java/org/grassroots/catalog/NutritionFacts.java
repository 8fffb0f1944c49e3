package org.grassroots.catalog;

import java.math.BigDecimal;

/**
 * Nutrition per 100 g. Any value may be null when the source does not give it. Salt is sodium
 * multiplied by 2.5, as EU Regulation 1169/2011 defines it.
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
        String source) {}
