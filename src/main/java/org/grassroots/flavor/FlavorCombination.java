package org.grassroots.flavor;

import java.util.List;
import org.grassroots.catalog.Variant;
import org.grassroots.network.Enterprise;

/**
 * A proposed combination with its explanation: the chemistry, the recipe evidence, its novelty,
 * and the local product that supplies each ingredient.
 *
 * @param score what the ranking uses, 0 to 1
 * @param affinity how much its ingredients' compounds overlap, 0 to 1 (rank among all pairs)
 * @param evidence how often its ingredients are cooked together, 0 to 1 (rank among all pairs)
 * @param novelty how much the chemistry outruns the recipe evidence, 0 to 1
 * @param sharedCompounds how many compounds at least two of its ingredients share
 * @param topCompounds the compounds most of its ingredients share, by name
 * @param recipesWithAll how many known recipes have all its ingredients
 * @param strongestPair its two ingredients most often cooked together, and in how many recipes
 */
public record FlavorCombination(
        List<Ingredient> ingredients,
        double score,
        double affinity,
        double evidence,
        double novelty,
        int sharedCompounds,
        List<String> topCompounds,
        int recipesWithAll,
        Pair strongestPair) {

    public FlavorCombination {
        ingredients = List.copyOf(ingredients);
        topCompounds = List.copyOf(topCompounds);
    }

    /**
     * @param pack the cheapest safe pack in the open cycle; null when no local product supplies it
     */
    public record Ingredient(String name, boolean seed, Variant pack, Enterprise producer) {

        public boolean local() {
            return pack != null;
        }
    }

    public record Pair(String first, String second, int recipes) {}

    /** Whether every ingredient has a local product. */
    public boolean allLocal() {
        return ingredients.stream().allMatch(Ingredient::local);
    }
}
