package org.grassroots.safety.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Claim;
import org.grassroots.safety.Diet;

/**
 * What a product is, for food safety: the allergens it contains (with the ingredient words that
 * say so), the allergens it may contain, what it is made from, its salt, and the claims its
 * producer declares. Built by {@link ProductProfiles#build}.
 *
 * @param contains each allergen with the words that say so (for a producer's correction: the reason)
 * @param sources what it is made from, each with its words; decides diets
 * @param salt grams per 100 g; null if unknown
 * @param fromName true when there was no ingredients text and the product's name was read instead
 */
public record ProductProfile(
        Map<Allergen, List<String>> contains,
        Set<Allergen> traces,
        Map<Source, List<String>> sources,
        Double salt,
        Set<Claim> claims,
        boolean fromName) {

    public ProductProfile {
        contains = frozen(contains);
        traces = traces.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traces));
        sources = frozen(sources);
        claims = claims.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(claims));
    }

    /** Diets this product fits, derived from its sources, allergens and salt. */
    public Set<Diet> diets() {
        Set<Diet> fits = EnumSet.noneOf(Diet.class);
        for (Diet d : Diet.values()) {
            if (DietRules.violation(this, d).isEmpty()) {
                fits.add(d);
            }
        }
        return fits;
    }

    /** An unmodifiable copy that keeps the enum order, so messages list allergens and sources stably. */
    private static <K extends Enum<K>> Map<K, List<String>> frozen(Map<K, List<String>> map) {
        if (map.isEmpty()) {
            return Map.of();
        }
        Map<K, List<String>> copy = new EnumMap<>(map);
        copy.replaceAll((k, words) -> List.copyOf(words));
        return Collections.unmodifiableMap(copy);
    }
}
