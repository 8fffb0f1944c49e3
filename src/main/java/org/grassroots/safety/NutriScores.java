package org.grassroots.safety;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.grassroots.catalog.FoodFacts;
import org.grassroots.catalog.NutritionFacts;
import org.grassroots.safety.domain.NutriScore2023;
import org.grassroots.safety.domain.NutriScoreInput;

/** The Nutri-Score of a catalog product: its rule set from its category, its inputs from its nutrition facts. */
final class NutriScores {

    private static final Set<String> RED_MEAT = Set.of("beef", "lamb", "pork", "game");
    /** Categories whose products are fruit, vegetables or legumes through and through. */
    private static final Set<String> ALL_FVL =
            Set.of("vegetables", "fruit", "salad-herbs", "mushrooms", "juice", "legumes-plant-protein");

    private NutriScores() {}

    static Optional<NutriScore> of(FoodFacts facts) {
        NutritionFacts n = facts.nutrition();
        if (n == null || n.energyKj() == null) {
            return Optional.empty();
        }
        BigDecimal fvl = n.fvlPercent() != null
                ? n.fvlPercent()
                : ALL_FVL.contains(facts.category()) ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
        return Optional.of(NutriScore2023.compute(NutriScoreInput.of(
                category(facts),
                d(n.energyKj()),
                d(n.fat()),
                d(n.saturatedFat()),
                d(n.sugars()),
                d(n.salt()),
                d(n.fibre()),
                d(n.protein()),
                d(fvl))));
    }

    static NutriScoreCategory category(FoodFacts facts) {
        String name = facts.name().toLowerCase(Locale.ROOT);
        switch (facts.category()) {
            case "cheese":
                return NutriScoreCategory.CHEESE;
            case "juice":
                return NutriScoreCategory.BEVERAGE;
            case "milk-cream":
                // since 2023 milk and milk drinks are scored as beverages; cream is a food
                return name.contains("milk") ? NutriScoreCategory.BEVERAGE : NutriScoreCategory.GENERAL;
            case "butter":
            case "nuts-seeds":
                return NutriScoreCategory.FATS_OILS_NUTS_SEEDS;
            case "oils-vinegars":
                return name.contains("oil") ? NutriScoreCategory.FATS_OILS_NUTS_SEEDS : NutriScoreCategory.GENERAL;
            default:
                return RED_MEAT.contains(facts.category()) ? NutriScoreCategory.RED_MEAT : NutriScoreCategory.GENERAL;
        }
    }

    private static Double d(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
