package org.grassroots.safety.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Claim;

/** Builds a product's safety profile from its ingredients and its producer's declarations. */
public final class ProductProfiles {

    private ProductProfiles() {}

    /**
     * Detects from the ingredients text, or from the name when there is none (a single-ingredient
     * food such as "Hazelnuts"); adds the declared traces; then applies the producer's corrections.
     */
    public static ProductProfile build(
            AllergenDetector detector,
            String name,
            String ingredients,
            Double salt,
            Set<Allergen> declaredTraces,
            Set<Claim> claims,
            List<Correction> corrections) {
        boolean fromName = ingredients == null || ingredients.isBlank();
        Detection detection = detector.detect(fromName ? name : ingredients);
        Map<Source, List<String>> sources = new EnumMap<>(Source.class);
        for (Finding f : detection.contains()) {
            List<String> words = sources.computeIfAbsent(f.source(), s -> new ArrayList<>());
            if (!words.contains(f.term())) {
                words.add(f.term());
            }
        }
        Map<Allergen, List<String>> contains = new EnumMap<>(Allergen.class);
        sources.forEach((source, words) -> source.allergen().ifPresent(a -> {
            List<String> all = contains.computeIfAbsent(a, k -> new ArrayList<>());
            words.stream().filter(w -> !all.contains(w)).forEach(all::add);
        }));
        Set<Allergen> traces = EnumSet.noneOf(Allergen.class);
        traces.addAll(detection.traceAllergens());
        traces.addAll(declaredTraces);
        Map<Allergen, Correction> newest = new LinkedHashMap<>();
        corrections.forEach(c -> newest.put(c.allergen(), c));
        for (Correction c : newest.values()) {
            if (c.present()) {
                contains.put(c.allergen(), List.of("declared by the producer: " + c.reason()));
            } else {
                contains.remove(c.allergen());
                sources.keySet()
                        .removeIf(s -> s.allergen().filter(c.allergen()::equals).isPresent());
            }
        }
        traces.removeAll(contains.keySet());
        return new ProductProfile(contains, traces, sources, salt, claims, fromName);
    }
}
