package org.grassroots.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.grassroots.safety.NutriScore;
import org.grassroots.safety.NutriScoreCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NutriScore2023Test {

    /** Open Food Facts' own results (ODbL, see src/test/resources/nutriscore/README.md). */
    static Stream<Map<String, String>> openFoodFactsVectors() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NutriScore2023Test.class.getResourceAsStream("/nutriscore/off-nutriscore2023-sample.csv"),
                StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(in.readLine().split(",", -1));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < f.length ? f[i] : "");
                }
                rows.add(row);
            }
            return rows.stream();
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("openFoodFactsVectors")
    void agreesWithOpenFoodFacts(Map<String, String> row) {
        NutriScoreCategory category = flag(row, "is_beverage")
                ? NutriScoreCategory.BEVERAGE
                : flag(row, "is_cheese")
                        ? NutriScoreCategory.CHEESE
                        : flag(row, "is_fat_oil_nuts_seeds")
                                ? NutriScoreCategory.FATS_OILS_NUTS_SEEDS
                                : NutriScoreCategory.GENERAL;
        NutriScore score = NutriScore2023.compute(new NutriScoreInput(
                category,
                number(row, "energy_value"),
                number(row, "energy_from_saturated_fat_value"),
                number(row, "sugars_value"),
                number(row, "saturated_fat_value"),
                number(row, "saturated_fat_ratio_value"),
                number(row, "salt_value"),
                flag(row, "non_nutritive_sweeteners_value"),
                number(row, "fiber_value"),
                number(row, "proteins_value"),
                number(row, "fruits_vegetables_legumes_value")));
        for (String c : List.of(
                "energy",
                "sugars",
                "saturated_fat",
                "salt",
                "fiber",
                "proteins",
                "fruits_vegetables_legumes",
                "energy_from_saturated_fat",
                "saturated_fat_ratio")) {
            String expected = row.get(c + "_pts");
            if (!expected.isEmpty()) {
                assertThat(score.points(c)).as(c).isEqualTo((int) Double.parseDouble(expected));
            }
        }
        assertThat(score.score()).isEqualTo(Integer.parseInt(row.get("score")));
        assertThat(score.grade())
                .isEqualTo(Character.toUpperCase(row.get("grade").charAt(0)));
        assertThat(score.proteinsCounted()).isEqualTo(row.get("count_proteins").equals("1"));
    }

    @Test
    void redMeatEarnsAtMostTwoProteinPoints() {
        NutriScoreInput beefMince =
                NutriScoreInput.of(NutriScoreCategory.RED_MEAT, 1000.0, 15.0, 6.0, 0.0, 0.2, 0.0, 20.0, 0.0);
        NutriScore meat = NutriScore2023.compute(beefMince);
        assertThat(meat.points("proteins")).isEqualTo(2);
        NutriScore general = NutriScore2023.compute(
                NutriScoreInput.of(NutriScoreCategory.GENERAL, 1000.0, 15.0, 6.0, 0.0, 0.2, 0.0, 20.0, 0.0));
        assertThat(general.points("proteins")).isEqualTo(7);
        assertThat(meat.score()).isEqualTo(general.score() + 5);
    }

    @Test
    void waterIsAlwaysA_andOtherBeveragesNeverAre() {
        NutriScoreInput plain = NutriScoreInput.of(NutriScoreCategory.WATER, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(NutriScore2023.compute(plain).grade()).isEqualTo('A');
        NutriScoreInput juice = NutriScoreInput.of(NutriScoreCategory.BEVERAGE, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(NutriScore2023.compute(juice).grade()).isEqualTo('B');
    }

    @Test
    void cheeseAlwaysCountsProtein() {
        NutriScoreInput cheddar =
                NutriScoreInput.of(NutriScoreCategory.CHEESE, 1700.0, 34.0, 21.0, 0.1, 1.8, 0.0, 25.0, 0.0);
        NutriScore score = NutriScore2023.compute(cheddar);
        assertThat(score.negativePoints()).isGreaterThanOrEqualTo(11);
        assertThat(score.proteinsCounted()).isTrue();
        assertThat(score.points("proteins")).isEqualTo(7);
    }

    @Test
    void fatsUseEnergyFromSaturatesAndTheirOwnGrades() {
        NutriScoreInput rapeseedOil = NutriScoreInput.of(
                NutriScoreCategory.FATS_OILS_NUTS_SEEDS, 3700.0, 100.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        NutriScore score = NutriScore2023.compute(rapeseedOil);
        assertThat(score.points("energy_from_saturated_fat")).isEqualTo(2); // 7 g x 37 kJ = 259 kJ
        assertThat(score.points("saturated_fat_ratio")).isZero(); // 7 % of fat
        assertThat(score.grade()).isEqualTo('B');
    }

    private static boolean flag(Map<String, String> row, String name) {
        String v = row.get(name);
        return v != null && !v.isEmpty() && Double.parseDouble(v) != 0;
    }

    private static Double number(Map<String, String> row, String name) {
        String v = row.get(name);
        return v == null || v.isEmpty() ? null : Double.valueOf(v);
    }
}
