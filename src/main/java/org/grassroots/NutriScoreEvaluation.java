package org.grassroots;

import java.io.PrintStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.catalog.domain.Csv;
import org.grassroots.safety.NutriScore;
import org.grassroots.safety.NutriScoreCategory;
import org.grassroots.safety.domain.NutriScore2023;
import org.grassroots.safety.domain.NutriScoreInput;

/** {@code eval nutriscore}: our Nutri-Score 2023 against Open Food Facts' computed vectors. */
final class NutriScoreEvaluation {

    /** Components as the vectors file names them, with the file's column for their points. */
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        for (String c : List.of(
                "energy",
                "energy_from_saturated_fat",
                "sugars",
                "saturated_fat",
                "saturated_fat_ratio",
                "salt",
                "non_nutritive_sweeteners",
                "fiber",
                "proteins",
                "fruits_vegetables_legumes")) {
            COMPONENTS.put(c, c + "_pts");
        }
    }

    private NutriScoreEvaluation() {}

    static void run(Reader csv, PrintStream out) {
        List<Csv.Record> records = Csv.read(csv);
        List<String> header = records.get(0).fields();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i), i);
        }
        int rows = 0;
        int pointsCompared = 0;
        int pointsAgreed = 0;
        int scoresAgreed = 0;
        int gradesAgreed = 0;
        Map<String, int[]> perComponent = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        for (Csv.Record record : records.subList(1, records.size())) {
            if (record.blank()) {
                continue;
            }
            Row row = new Row(record.fields(), column);
            rows++;
            NutriScore ours = NutriScore2023.compute(row.input());
            List<String> differences = new ArrayList<>();
            for (Map.Entry<String, String> c : COMPONENTS.entrySet()) {
                String theirs = row.text(c.getValue());
                if (theirs.isEmpty()) {
                    continue; // the rules for this food do not use the component
                }
                int expected = (int) Double.parseDouble(theirs);
                int got = ours.points(c.getKey());
                int[] tally = perComponent.computeIfAbsent(c.getKey(), k -> new int[2]);
                tally[1]++;
                pointsCompared++;
                if (expected == got) {
                    tally[0]++;
                    pointsAgreed++;
                } else {
                    differences.add(c.getKey() + " points " + got + " vs " + expected + " (value "
                            + row.text(c.getKey() + "_value") + ")");
                }
            }
            int expectedScore = (int) Double.parseDouble(row.text("score"));
            char expectedGrade = row.text("grade").toUpperCase(Locale.ROOT).charAt(0);
            if (ours.score() == expectedScore) {
                scoresAgreed++;
            } else {
                differences.add("score " + ours.score() + " vs " + expectedScore);
            }
            if (ours.grade() == expectedGrade) {
                gradesAgreed++;
            } else {
                differences.add("grade " + ours.grade() + " vs " + expectedGrade);
            }
            if (!differences.isEmpty()) {
                disagreements.add(row.text("code") + " [" + ours.category() + "]: " + String.join("; ", differences)
                        + "  (ours vs Open Food Facts)");
            }
        }
        out.println("Nutri-Score 2023 against " + rows + " Open Food Facts vectors");
        out.printf(Locale.ROOT, "%-28s %8s %8s%n", "component", "agree", "rows");
        perComponent.forEach((name, t) -> out.printf(Locale.ROOT, "%-28s %8d %8d%n", name, t[0], t[1]));
        out.println("disagreeing rows: " + disagreements.size());
        disagreements.forEach(d -> out.println("  " + d));
        out.printf(
                Locale.ROOT,
                "result method=grassroots rows=%d points_agreement=%.4f score_agreement=%.4f grade_agreement=%.4f%n",
                rows,
                fraction(pointsAgreed, pointsCompared),
                fraction(scoresAgreed, rows),
                fraction(gradesAgreed, rows));
    }

    private static double fraction(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private record Row(List<String> fields, Map<String, Integer> column) {

        String text(String name) {
            Integer i = column.get(name);
            if (i == null) {
                throw new IllegalArgumentException("The vectors file has no column " + name);
            }
            return i < fields.size() ? fields.get(i).strip() : "";
        }

        Double number(String name) {
            String t = text(name);
            return t.isEmpty() ? null : Double.valueOf(t);
        }

        boolean flag(String name) {
            String t = text(name);
            return !t.isEmpty() && Double.parseDouble(t) != 0;
        }

        NutriScoreCategory category() {
            if (flag("is_water")) {
                return NutriScoreCategory.WATER;
            }
            if (flag("is_beverage")) {
                return NutriScoreCategory.BEVERAGE;
            }
            if (flag("is_cheese")) {
                return NutriScoreCategory.CHEESE;
            }
            if (flag("is_fat_oil_nuts_seeds")) {
                return NutriScoreCategory.FATS_OILS_NUTS_SEEDS;
            }
            if (flag("is_red_meat_product")) {
                return NutriScoreCategory.RED_MEAT;
            }
            return NutriScoreCategory.GENERAL;
        }

        NutriScoreInput input() {
            return new NutriScoreInput(
                    category(),
                    number("energy_value"),
                    number("energy_from_saturated_fat_value"),
                    number("sugars_value"),
                    number("saturated_fat_value"),
                    number("saturated_fat_ratio_value"),
                    number("salt_value"),
                    flag("non_nutritive_sweeteners_value"),
                    number("fiber_value"),
                    number("proteins_value"),
                    number("fruits_vegetables_legumes_value"));
        }
    }
}
