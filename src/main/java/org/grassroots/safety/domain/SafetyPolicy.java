package org.grassroots.safety.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.Assessment;
import org.grassroots.safety.Concern;
import org.grassroots.safety.Diet;
import org.grassroots.safety.Severity;

/**
 * The one rule for whether a product is safe for a household. For each member:
 *
 * <ul>
 *   <li>an allergen the product contains is a concern; it blocks the product when the member
 *       avoids that allergen strictly (traces too);
 *   <li>an allergen the product may contain is a concern for a strict member only;
 *   <li>a diet the product does not fit is a concern.
 * </ul>
 *
 * Every concern names the member, the allergen or diet, and the ingredient words. The shop's
 * filter, product pages, the basket guard, the API and every feature that suggests products use
 * this policy and nothing else.
 */
public final class SafetyPolicy {

    private SafetyPolicy() {}

    public static Assessment assess(Household household, ProductProfile product) {
        if (household.members().isEmpty()) {
            return Assessment.SAFE;
        }
        List<Concern> concerns = new ArrayList<>();
        for (Member m : household.members()) {
            for (Map.Entry<Allergen, Severity> need : m.allergens().entrySet()) {
                Allergen allergen = need.getKey();
                boolean strict = need.getValue() == Severity.TRACES;
                List<String> words = product.contains().get(allergen);
                if (words != null) {
                    concerns.add(new Concern(m.name(), allergen, null, "contains " + String.join(", ", words), strict));
                } else if (strict && product.traces().contains(allergen)) {
                    concerns.add(new Concern(
                            m.name(),
                            allergen,
                            null,
                            "may contain " + allergen.label().toLowerCase(java.util.Locale.ROOT),
                            false));
                }
            }
            for (Diet diet : m.diets()) {
                DietRules.violation(product, diet)
                        .ifPresent(why -> concerns.add(new Concern(m.name(), null, diet, why, false)));
            }
        }
        return new Assessment(concerns);
    }
}
