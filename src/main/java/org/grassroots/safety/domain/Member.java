package org.grassroots.safety.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Diet;
import org.grassroots.safety.Severity;

/** One person in a household: the allergens they avoid (and how strictly) and the diets they follow. */
public record Member(long id, String name, Map<Allergen, Severity> allergens, Set<Diet> diets) {

    public Member {
        allergens = allergens.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(allergens));
        diets = diets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(diets));
    }
}
