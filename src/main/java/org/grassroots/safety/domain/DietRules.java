package org.grassroots.safety.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Diet;

/** Whether a product fits a diet, and if not, which ingredient words break it. */
public final class DietRules {

    private static final Set<Source> NOT_PESCATARIAN =
            EnumSet.of(Source.MEAT, Source.POULTRY, Source.GELATIN, Source.INSECT);

    private DietRules() {}

    /** Empty if the product fits the diet; otherwise the reason, naming the ingredient words. */
    public static Optional<String> violation(ProductProfile p, Diet diet) {
        switch (diet) {
            case VEGAN:
                return made(p, Source.ANIMAL);
            case VEGETARIAN:
                return made(p, Source.SLAUGHTER);
            case PESCATARIAN:
                return made(p, NOT_PESCATARIAN);
            case GLUTEN_FREE:
                return allergen(p, Allergen.GLUTEN, true);
            case DAIRY_FREE:
                return allergen(p, Allergen.MILK, false);
            case NUT_FREE:
                return allergen(p, Allergen.TREE_NUTS, true).or(() -> allergen(p, Allergen.PEANUTS, true));
            case LOW_SODIUM:
                if (p.salt() == null) {
                    return Optional.of("salt content unknown");
                }
                return p.salt() > Diet.LOW_SODIUM_MAX_SALT_G
                        ? Optional.of(String.format(java.util.Locale.ROOT, "%.2f g salt per 100 g", p.salt()))
                        : Optional.empty();
            default:
                throw new IllegalArgumentException(diet.name());
        }
    }

    private static Optional<String> made(ProductProfile p, Set<Source> excluded) {
        List<String> words = new ArrayList<>();
        p.sources().forEach((source, terms) -> {
            if (excluded.contains(source)) {
                terms.stream().filter(t -> !words.contains(t)).forEach(words::add);
            }
        });
        return words.isEmpty() ? Optional.empty() : Optional.of("contains " + String.join(", ", words));
    }

    private static Optional<String> allergen(ProductProfile p, Allergen allergen, boolean tracesToo) {
        List<String> words = p.contains().get(allergen);
        if (words != null) {
            return Optional.of("contains " + String.join(", ", words));
        }
        if (tracesToo && p.traces().contains(allergen)) {
            return Optional.of("may contain " + allergen.label().toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.empty();
    }
}
