package org.grassroots.flavor.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Ahn et al.'s food-pairing test: do a region's recipes combine ingredients that share more flavor
 * compounds than chance? Chance is a frequency-conserving null model: random recipes of the same
 * sizes, drawing each region's ingredients as often as its recipes use them.
 */
public final class FoodPairing {

    /** The broad regions of Ahn et al.'s Figure 3, from the cuisine labels of the recipe files. */
    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("american", "North American"),
            Map.entry("canada", "North American"),
            Map.entry("mexico", "Latin American"),
            Map.entry("caribbean", "Latin American"),
            Map.entry("south-america", "Latin American"),
            Map.entry("italy", "Southern European"),
            Map.entry("italian", "Southern European"),
            Map.entry("spain", "Southern European"),
            Map.entry("portugal", "Southern European"),
            Map.entry("france", "Western European"),
            Map.entry("germany", "Western European"),
            Map.entry("uk-and-ireland", "Western European"),
            Map.entry("scandinavia", "Western European"),
            Map.entry("netherlands", "Western European"),
            Map.entry("austria", "Western European"),
            Map.entry("switzerland", "Western European"),
            Map.entry("belgium", "Western European"),
            Map.entry("eastern-europe", "Eastern European"),
            Map.entry("china", "East Asian"),
            Map.entry("chinese", "East Asian"),
            Map.entry("japan", "East Asian"),
            Map.entry("japanese", "East Asian"),
            Map.entry("korea", "East Asian"),
            Map.entry("korean", "East Asian"),
            Map.entry("east_asian", "East Asian"),
            Map.entry("thailand", "Southeast Asian"),
            Map.entry("vietnam", "Southeast Asian"),
            Map.entry("philippines", "Southeast Asian"),
            Map.entry("malaysia", "Southeast Asian"),
            Map.entry("indonesia", "Southeast Asian"),
            Map.entry("india", "South Asian"),
            Map.entry("pakistan", "South Asian"),
            Map.entry("bangladesh", "South Asian"),
            Map.entry("lebanon", "Middle Eastern"),
            Map.entry("iran", "Middle Eastern"),
            Map.entry("turkey", "Middle Eastern"),
            Map.entry("israel", "Middle Eastern"),
            Map.entry("north-african", "African"),
            Map.entry("west-african", "African"),
            Map.entry("east-african", "African"),
            Map.entry("south-african", "African"));

    /**
     * One region's result.
     *
     * @param real the mean number of shared compounds per ingredient pair in its recipes (N_s)
     * @param random the same for the randomized recipes, averaged over the randomizations
     * @param z (real − random) / the standard deviation of the randomizations' means
     */
    public record Result(String region, int recipes, double real, double random, double z) {

        public double delta() {
            return real - random;
        }
    }

    private FoodPairing() {}

    /** The region of a cuisine label; a label with no region is its own. */
    public static String region(String cuisine) {
        return REGIONS.getOrDefault(cuisine.toLowerCase(Locale.ROOT), cuisine);
    }

    /** The test for one region's recipes (those with at least two ingredients count). */
    public static Result test(
            String region, List<Recipe> recipes, CompoundAffinity affinity, int randomizations, long seed) {
        List<Recipe> counted = recipes.stream().filter(r -> r.size() >= 2).toList();
        double real = counted.stream()
                .mapToDouble(r -> affinity.mean(r.ingredients()))
                .average()
                .orElse(0);
        // the region's ingredients, each repeated as often as its recipes use it
        List<Integer> draws = new ArrayList<>();
        counted.forEach(r -> Arrays.stream(r.ingredients()).forEach(draws::add));
        int[] pool = draws.stream().mapToInt(Integer::intValue).toArray();
        int distinct = (int) Arrays.stream(pool).distinct().count();
        Random random = new Random(seed);
        double[] means = new double[randomizations];
        for (int t = 0; t < randomizations; t++) {
            double sum = 0;
            for (Recipe r : counted) {
                sum += affinity.mean(randomRecipe(Math.min(r.size(), distinct), pool, random));
            }
            means[t] = counted.isEmpty() ? 0 : sum / counted.size();
        }
        double mean = Arrays.stream(means).average().orElse(0);
        double sd = Math.sqrt(
                Arrays.stream(means).map(m -> (m - mean) * (m - mean)).sum() / Math.max(1, randomizations - 1));
        return new Result(region, counted.size(), real, mean, sd == 0 ? 0 : (real - mean) / sd);
    }

    /** {@code size} distinct ingredients (at most the pool's distinct ones), each drawn in proportion to its use. */
    private static int[] randomRecipe(int size, int[] pool, Random random) {
        int[] picked = new int[size];
        int n = 0;
        while (n < size) {
            int candidate = pool[random.nextInt(pool.length)];
            boolean taken = false;
            for (int i = 0; i < n && !taken; i++) {
                taken = picked[i] == candidate;
            }
            if (!taken) {
                picked[n++] = candidate;
            }
        }
        return picked;
    }
}
