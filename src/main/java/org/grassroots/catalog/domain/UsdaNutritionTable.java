package org.grassroots.catalog.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nutrition per 100 g from the USDA SR28 subset that ships with the app
 * ({@code nutrition/usda-sr28-subset.csv}, made by {@code tools/usda_subset.py}).
 */
public final class UsdaNutritionTable {

    private static final BigDecimal SALT_PER_MG_SODIUM = new BigDecimal("0.0025");

    private final Map<String, NutritionFacts> byNdb;

    private UsdaNutritionTable(Map<String, NutritionFacts> byNdb) {
        this.byNdb = Map.copyOf(byNdb);
    }

    public static UsdaNutritionTable read(InputStream csv) {
        Map<String, NutritionFacts> facts = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> f = splitCsv(line);
                BigDecimal sodiumMg = number(f.get(11));
                facts.put(
                        f.get(0),
                        new NutritionFacts(
                                number(f.get(3)),
                                number(f.get(4)),
                                number(f.get(5)),
                                number(f.get(6)),
                                number(f.get(7)),
                                number(f.get(8)),
                                number(f.get(9)),
                                number(f.get(10)),
                                sodiumMg == null
                                        ? null
                                        : sodiumMg.multiply(SALT_PER_MG_SODIUM).setScale(3, RoundingMode.HALF_UP),
                                "USDA SR28 #" + f.get(0) + " (" + f.get(1) + ")"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UsdaNutritionTable(facts);
    }

    public Optional<NutritionFacts> find(String ndb) {
        return Optional.ofNullable(byNdb.get(ndb));
    }

    public int size() {
        return byNdb.size();
    }

    private static BigDecimal number(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    /** Splits one CSV line with optional double-quoted fields (no embedded newlines). */
    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
