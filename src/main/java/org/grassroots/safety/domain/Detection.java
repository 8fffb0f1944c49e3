package org.grassroots.safety.domain;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.safety.Allergen;

/**
 * What ingredients text says a product contains, and what it says the product may contain
 * ("may contain nuts"): each finding names the words it came from.
 */
public record Detection(List<Finding> contains, List<Finding> traces) {

    public static final Detection NONE = new Detection(List.of(), List.of());

    public Detection {
        contains = List.copyOf(contains);
        traces = List.copyOf(traces);
    }

    public Set<Allergen> containsAllergens() {
        return allergens(contains);
    }

    public Set<Allergen> traceAllergens() {
        return allergens(traces);
    }

    /** The distinct words that made {@code allergen} a "contains" finding, in text order. */
    public Set<String> evidence(Allergen allergen) {
        return contains.stream()
                .filter(f -> f.source().allergen().filter(allergen::equals).isPresent())
                .map(Finding::term)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<Allergen> allergens(List<Finding> findings) {
        Set<Allergen> allergens = EnumSet.noneOf(Allergen.class);
        findings.forEach(f -> f.source().allergen().ifPresent(allergens::add));
        return allergens;
    }
}
