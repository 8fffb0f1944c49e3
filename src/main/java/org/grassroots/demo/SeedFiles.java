package org.grassroots.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.catalog.Season;
import org.grassroots.catalog.UnitKind;
import org.springframework.core.io.ClassPathResource;

/** Reads the '|'-separated seed files under {@code demo/}. */
final class SeedFiles {

    private SeedFiles() {}

    record EnterpriseSeed(
            String key,
            String kind,
            String producerType,
            String name,
            String place,
            double latitude,
            double longitude,
            List<String> practices,
            List<String> certifications,
            String story) {}

    record ProductSeed(
            String producerKey,
            String name,
            String category,
            String usdaNdb,
            UnitKind unitKind,
            int size,
            long pricePence,
            Season season,
            int popularity,
            String ingredients) {}

    static List<EnterpriseSeed> enterprises() {
        return rows("demo/neoterica-enterprises.psv", 10).stream()
                .map(f -> new EnterpriseSeed(
                        f[0],
                        f[1],
                        f[2],
                        f[3],
                        f[4],
                        Double.parseDouble(f[5]),
                        Double.parseDouble(f[6]),
                        list(f[7]),
                        list(f[8]),
                        f[9]))
                .toList();
    }

    static List<ProductSeed> products() {
        Map<String, String> ingredients = new HashMap<>();
        rows("demo/neoterica-ingredients.psv", 2).forEach(f -> ingredients.put(f[0], f[1]));
        return rows("demo/neoterica-products.psv", 9).stream()
                .map(f -> new ProductSeed(
                        f[0],
                        f[1],
                        f[2],
                        f[3],
                        unit(f[4]),
                        Integer.parseInt(f[5]),
                        Long.parseLong(f[6]),
                        season(f[7]),
                        Integer.parseInt(f[8]),
                        ingredients.getOrDefault(f[1], "")))
                .toList();
    }

    private static List<String[]> rows(String resource, int fields) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|", -1))
                    .peek(f -> {
                        if (f.length != fields) {
                            throw new IllegalStateException(
                                    resource + ": expected " + fields + " fields in " + String.join("|", f));
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String field) {
        return field.isBlank()
                ? List.of()
                : Arrays.stream(field.split(",")).map(String::strip).toList();
    }

    private static UnitKind unit(String field) {
        return switch (field) {
            case "g" -> UnitKind.WEIGHT;
            case "ml" -> UnitKind.VOLUME;
            case "item" -> UnitKind.ITEMS;
            default -> throw new IllegalStateException("Unknown unit " + field);
        };
    }

    private static Season season(String field) {
        if (field.equals("*")) {
            return Season.ALL_YEAR;
        }
        String[] range = field.split("-");
        return new Season(Month.of(Integer.parseInt(range[0])), Month.of(Integer.parseInt(range[1])));
    }
}
