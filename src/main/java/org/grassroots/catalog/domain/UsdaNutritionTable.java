package org.grassroots.catalog.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.catalog.NutritionFacts;

/**
 * Nutrition per 100 g from the USDA SR28 subset that ships with the app
 * ({@code nutrition/usda-sr28-subset.csv}, made by {@code tools/usda_subset.py}), with the weight
 * of the food's first household measure (a cup, a slice, 3 oz) as its portion.
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
                List<String> f = Csv.splitLine(line);
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
                                f.size() > 12 ? number(f.get(12)) : null,
                                null,
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
}
