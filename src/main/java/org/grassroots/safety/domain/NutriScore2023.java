package org.grassroots.safety.domain;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.safety.NutriScore;
import org.grassroots.safety.NutriScoreCategory;

/**
 * The Nutri-Score as updated in 2023 (foods) and 2024 (beverages): general foods, cheese, red meat,
 * fats/oils/nuts/seeds, beverages and water. A nutrient earns one point for each threshold its
 * value is above.
 */
public final class NutriScore2023 {

    static final double[] ENERGY = {335, 670, 1005, 1340, 1675, 2010, 2345, 2680, 3015, 3350};
    static final double[] ENERGY_BEVERAGES = {30, 90, 150, 210, 240, 270, 300, 330, 360, 390};
    static final double[] ENERGY_FROM_SATURATED_FAT = {120, 240, 360, 480, 600, 720, 840, 960, 1080, 1200};
    static final double[] SUGARS = {3.4, 6.8, 10, 14, 17, 20, 24, 27, 31, 34, 37, 41, 44, 48, 51};
    static final double[] SUGARS_BEVERAGES = {0.5, 2, 3.5, 5, 6, 7, 8, 9, 10, 11};
    static final double[] SATURATED_FAT = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    static final double[] SATURATED_FAT_RATIO = {10, 16, 22, 28, 34, 40, 46, 52, 58, 64};
    static final double[] SALT = {
        0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4, 2.6, 2.8, 3, 3.2, 3.4, 3.6, 3.8, 4
    };
    static final double[] FIBRE = {3.0, 4.1, 5.2, 6.3, 7.4};
    static final double[] PROTEIN = {2.4, 4.8, 7.2, 9.6, 12, 14, 17};
    static final double[] PROTEIN_BEVERAGES = {1.2, 1.5, 1.8, 2.1, 2.4, 2.7, 3.0};
    /** Foods: more than 40 % gives 1 point, more than 60 % 2, more than 80 % 5. */
    static final double[] FVL = {40, 60, 80, 80, 80};
    /** Beverages: more than 40 % gives 2 points, more than 60 % 4, more than 80 % 6. */
    static final double[] FVL_BEVERAGES = {40, 40, 60, 60, 80, 80};

    static final int SWEETENER_POINTS = 4;
    static final int RED_MEAT_MAX_PROTEIN_POINTS = 2;

    private NutriScore2023() {}

    public static NutriScore compute(NutriScoreInput in) {
        NutriScoreCategory category = in.category();
        boolean beverage = category.isBeverage();
        boolean fats = category == NutriScoreCategory.FATS_OILS_NUTS_SEEDS;
        List<NutriScore.Component> parts = new ArrayList<>();

        if (fats) {
            parts.add(negative(
                    "energy_from_saturated_fat",
                    "Energy from saturated fat",
                    in.energyFromSaturatedFatKj(),
                    "kJ",
                    ENERGY_FROM_SATURATED_FAT));
        } else {
            parts.add(negative("energy", "Energy", in.energyKj(), "kJ", beverage ? ENERGY_BEVERAGES : ENERGY));
        }
        parts.add(negative("sugars", "Sugars", in.sugars(), "g", beverage ? SUGARS_BEVERAGES : SUGARS));
        if (fats) {
            parts.add(negativeAtLeast(
                    "saturated_fat_ratio",
                    "Saturated fat share of fat",
                    in.saturatedFatRatio(),
                    "%",
                    SATURATED_FAT_RATIO));
        } else {
            parts.add(negative("saturated_fat", "Saturated fat", in.saturatedFat(), "g", SATURATED_FAT));
        }
        parts.add(negative("salt", "Salt", in.salt(), "g", SALT));
        if (beverage) {
            int points = in.nonNutritiveSweeteners() ? SWEETENER_POINTS : 0;
            parts.add(new NutriScore.Component(
                    "non_nutritive_sweeteners",
                    "Non-nutritive sweeteners",
                    in.nonNutritiveSweeteners() ? 1 : 0,
                    "",
                    points,
                    SWEETENER_POINTS,
                    true,
                    true));
        }
        int negativePoints =
                parts.stream().mapToInt(NutriScore.Component::points).sum();

        boolean countProteins = beverage || category == NutriScoreCategory.CHEESE || negativePoints < (fats ? 7 : 11);
        NutriScore.Component protein =
                positive("proteins", "Protein", in.protein(), beverage ? PROTEIN_BEVERAGES : PROTEIN, countProteins);
        if (category == NutriScoreCategory.RED_MEAT && protein.points() > RED_MEAT_MAX_PROTEIN_POINTS) {
            protein = withPoints(protein, RED_MEAT_MAX_PROTEIN_POINTS);
        }
        NutriScore.Component fibre = positive("fiber", "Fibre", in.fibre(), FIBRE, true);
        NutriScore.Component fvl = positive(
                "fruits_vegetables_legumes",
                "Fruit, vegetables and legumes",
                in.fruitsVegetablesLegumesPercent(),
                beverage ? FVL_BEVERAGES : FVL,
                true);
        parts.add(protein);
        parts.add(fibre);
        parts.add(fvl);
        int positivePoints = fibre.points() + fvl.points() + (countProteins ? protein.points() : 0);
        int score = negativePoints - positivePoints;
        return new NutriScore(
                grade(category, score), score, negativePoints, positivePoints, countProteins, category, parts);
    }

    static char grade(NutriScoreCategory category, int score) {
        switch (category) {
            case WATER:
                return 'A';
            case BEVERAGE:
                return score <= 2 ? 'B' : score <= 6 ? 'C' : score <= 9 ? 'D' : 'E';
            case FATS_OILS_NUTS_SEEDS:
                return score <= -6 ? 'A' : score <= 2 ? 'B' : score <= 10 ? 'C' : score <= 18 ? 'D' : 'E';
            default:
                return score <= 0 ? 'A' : score <= 2 ? 'B' : score <= 10 ? 'C' : score <= 18 ? 'D' : 'E';
        }
    }

    private static NutriScore.Component negative(
            String name, String label, Double value, String unit, double[] thresholds) {
        double v = value == null ? 0 : value;
        return new NutriScore.Component(name, label, v, unit, above(v, thresholds), maxPoints(thresholds), true, true);
    }

    /** The saturated fat ratio's bands are closed below: 10 % already scores 1. */
    private static NutriScore.Component negativeAtLeast(
            String name, String label, Double value, String unit, double[] thresholds) {
        double v = value == null ? 0 : value;
        int points = 0;
        for (double t : thresholds) {
            if (v >= t) {
                points++;
            }
        }
        return new NutriScore.Component(name, label, v, unit, points, thresholds.length, true, true);
    }

    private static NutriScore.Component positive(
            String name, String label, Double value, double[] thresholds, boolean counted) {
        double v = value == null ? 0 : value;
        String unit = name.equals("fruits_vegetables_legumes") ? "%" : "g";
        return new NutriScore.Component(
                name, label, v, unit, above(v, thresholds), maxPoints(thresholds), false, counted);
    }

    private static NutriScore.Component withPoints(NutriScore.Component c, int points) {
        return new NutriScore.Component(
                c.name(), c.label(), c.value(), c.unit(), points, points, c.negative(), c.counted());
    }

    private static int above(double value, double[] thresholds) {
        int points = 0;
        for (double t : thresholds) {
            if (value > t) {
                points++;
            }
        }
        return points;
    }

    private static int maxPoints(double[] thresholds) {
        return thresholds == FVL ? 5 : thresholds.length;
    }
}
