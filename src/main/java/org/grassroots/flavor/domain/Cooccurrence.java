package org.grassroots.flavor.domain;

import java.util.Arrays;
import java.util.List;

/**
 * How often ingredients appear, alone and together, in a set of recipes: the culinary evidence.
 * Counts are kept over the ingredients these recipes use, so a cuisine with few recipes stays small.
 */
public final class Cooccurrence {

    private final int recipes;
    private final List<int[]> ingredientLists;
    /** ingredient id → dense index in this table, or −1 */
    private final int[] index;

    private final int[] counts;
    private final int[][] together;

    private Cooccurrence(List<int[]> ingredientLists, int[] index, int[] counts, int[][] together) {
        this.recipes = ingredientLists.size();
        this.ingredientLists = ingredientLists;
        this.index = index;
        this.counts = counts;
        this.together = together;
    }

    /** @param ingredients ingredient ids are below this */
    public static Cooccurrence learn(List<Recipe> recipes, int ingredients) {
        int[] index = new int[ingredients];
        Arrays.fill(index, -1);
        int seen = 0;
        for (Recipe r : recipes) {
            for (int i : r.ingredients()) {
                if (index[i] < 0) {
                    index[i] = seen++;
                }
            }
        }
        int[] counts = new int[seen];
        int[][] together = new int[seen][seen];
        for (Recipe r : recipes) {
            int[] in = r.ingredients();
            for (int a = 0; a < in.length; a++) {
                int x = index[in[a]];
                counts[x]++;
                for (int b = a + 1; b < in.length; b++) {
                    int y = index[in[b]];
                    together[x][y]++;
                    together[y][x]++;
                }
            }
        }
        return new Cooccurrence(recipes.stream().map(Recipe::ingredients).toList(), index, counts, together);
    }

    public int recipes() {
        return recipes;
    }

    public boolean knows(int ingredient) {
        return ingredient < index.length && index[ingredient] >= 0;
    }

    /** In how many recipes the ingredient appears. */
    public int count(int ingredient) {
        return knows(ingredient) ? counts[index[ingredient]] : 0;
    }

    /** In how many recipes both appear. */
    public int together(int a, int b) {
        return knows(a) && knows(b) ? together[index[a]][index[b]] : 0;
    }

    /**
     * Pointwise mutual information, log of how much more often the two appear together than
     * independence predicts, with half a recipe added to every count so unseen pairs stay finite.
     */
    public double pmi(int a, int b) {
        double n = recipes + 1.0;
        return Math.log((together(a, b) + 0.5) * n / ((count(a) + 0.5) * (count(b) + 0.5)));
    }

    /** P(b | a), smoothed towards b's overall share by {@code strength} pseudo-recipes. */
    public double conditional(int b, int a, double strength) {
        double prior = (count(b) + 0.5) / (recipes + 1.0);
        return (together(a, b) + strength * prior) / (count(a) + strength);
    }

    /** In how many recipes all the ingredients appear. */
    public int recipesWithAll(int[] ingredients) {
        int n = 0;
        for (int[] recipe : ingredientLists) {
            boolean all = true;
            for (int i = 0; i < ingredients.length && all; i++) {
                all = Arrays.binarySearch(recipe, ingredients[i]) >= 0;
            }
            n += all ? 1 : 0;
        }
        return n;
    }

    /** The share of recipes with the ingredient, smoothed. */
    public double share(int ingredient) {
        return (count(ingredient) + 0.5) / (recipes + 1.0);
    }
}
