package org.grassroots.safety;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a product page shows about food safety: allergens with the ingredient words that say so,
 * "may contain" traces, the diets it fits, its producer's claims, its Nutri-Score (null without
 * nutrition facts), and what it means for the viewer's household.
 *
 * @param fromName true when the product lists no ingredients and its name was read instead
 */
public record ProductSafety(
        Map<Allergen, List<String>> contains,
        Set<Allergen> traces,
        Set<Diet> diets,
        Set<Claim> claims,
        boolean fromName,
        NutriScore nutriScore,
        Assessment forHousehold) {}
