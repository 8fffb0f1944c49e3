package org.grassroots.flavor.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores how well each known ingredient completes a partial combination, from popularity, flavor
 * chemistry (shared compounds), recipe evidence (co-occurrence, overall and in the cuisine) and a
 * learned blend of them all.
 */
public final class PairingModel {

    /** The signals, each usable on its own; {@link #GRASSROOTS} is the blend. */
    public enum Method {
        POPULARITY("popularity"),
        COMPOUNDS("compounds"),
        COOCCURRENCE("cooccurrence"),
        GRASSROOTS("grassroots");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The blend's features, in the order of {@link Weights}. */
    public static final int FEATURES = 5;

    /**
     * How much each feature counts in the blend.
     *
     * @param popularity log share of recipes with the candidate
     * @param conditional mean over the combination of log P(candidate | ingredient)
     * @param pmi mean pointwise mutual information with the combination's ingredients
     * @param compounds mean of log(1 + shared compounds) with the combination's ingredients
     * @param cuisine log share of the cuisine's recipes with the candidate
     */
    public record Weights(double popularity, double conditional, double pmi, double compounds, double cuisine) {

        public double[] asArray() {
            return new double[] {popularity, conditional, pmi, compounds, cuisine};
        }

        public static Weights of(double[] w) {
            return new Weights(w[0], w[1], w[2], w[3], w[4]);
        }
    }

    private final Cooccurrence all;
    private final Map<String, Cooccurrence> byCuisine;
    private final CompoundAffinity affinity;
    private final int[] vocabulary;
    private final Weights weights;

    private PairingModel(
            Cooccurrence all,
            Map<String, Cooccurrence> byCuisine,
            CompoundAffinity affinity,
            int[] vocabulary,
            Weights weights) {
        this.all = all;
        this.byCuisine = byCuisine;
        this.affinity = affinity;
        this.vocabulary = vocabulary;
        this.weights = weights;
    }

    /** Learns the recipe statistics of {@code recipes}; candidates are the ingredients they use. */
    public static PairingModel learn(List<Recipe> recipes, CompoundAffinity affinity, Weights weights) {
        int size = affinity.table().size();
        Cooccurrence all = Cooccurrence.learn(recipes, size);
        Map<String, Cooccurrence> byCuisine = new HashMap<>();
        recipes.stream()
                .collect(Collectors.groupingBy(Recipe::cuisine))
                .forEach((cuisine, rs) -> byCuisine.put(cuisine, Cooccurrence.learn(rs, size)));
        int[] vocabulary =
                java.util.stream.IntStream.range(0, size).filter(all::knows).toArray();
        return new PairingModel(all, byCuisine, affinity, vocabulary, weights);
    }

    public PairingModel withWeights(Weights other) {
        return new PairingModel(all, byCuisine, affinity, vocabulary, other);
    }

    public Weights weights() {
        return weights;
    }

    /** The ingredients that can be proposed: those the recipes use, ascending. Do not modify. */
    public int[] vocabulary() {
        return vocabulary;
    }

    public Cooccurrence cooccurrence() {
        return all;
    }

    public CompoundAffinity affinity() {
        return affinity;
    }

    /** The recipe statistics of one cuisine, or of all recipes when the cuisine is unknown. */
    public Cooccurrence cooccurrence(String cuisine) {
        return cuisine == null ? all : byCuisine.getOrDefault(cuisine, all);
    }

    /**
     * The blend's features for every vocabulary candidate: {@code [feature][candidate index]}.
     * Candidates already in the combination get the features too; callers skip them.
     */
    public double[][] features(int[] combination, String cuisine) {
        int n = vocabulary.length;
        double[][] f = new double[FEATURES][n];
        Cooccurrence local = cooccurrence(cuisine);
        for (int c = 0; c < n; c++) {
            int candidate = vocabulary[c];
            f[0][c] = Math.log(all.share(candidate));
            double prior = all.share(candidate);
            f[4][c] = Math.log((local.count(candidate) + prior) / (local.recipes() + 1.0));
        }
        if (combination.length == 0) {
            return f;
        }
        for (int s : combination) {
            for (int c = 0; c < n; c++) {
                int candidate = vocabulary[c];
                f[1][c] += Math.log(all.conditional(candidate, s, 1.0));
                f[2][c] += all.pmi(s, candidate);
                f[3][c] += Math.log1p(affinity.shared(s, candidate));
            }
        }
        for (int k = 1; k <= 3; k++) {
            for (int c = 0; c < n; c++) {
                f[k][c] /= combination.length;
            }
        }
        return f;
    }

    /** Each vocabulary candidate's score by one method, in vocabulary order. */
    public double[] scores(Method method, int[] combination, String cuisine) {
        return scores(method, features(combination, cuisine), combination);
    }

    /** As {@link #scores(Method, int[], String)}, from features already computed. */
    public double[] scores(Method method, double[][] features, int[] combination) {
        int n = vocabulary.length;
        double[] s = new double[n];
        switch (method) {
            case POPULARITY -> System.arraycopy(features[0], 0, s, 0, n);
            case COOCCURRENCE -> System.arraycopy(features[1], 0, s, 0, n);
            case COMPOUNDS -> {
                // Ahn's measure itself: the mean number of shared compounds
                for (int c = 0; c < n; c++) {
                    double sum = 0;
                    for (int i : combination) {
                        sum += affinity.shared(i, vocabulary[c]);
                    }
                    s[c] = combination.length == 0 ? 0 : sum / combination.length;
                }
            }
            case GRASSROOTS -> {
                double[] w = weights.asArray();
                for (int k = 0; k < FEATURES; k++) {
                    if (w[k] != 0) {
                        for (int c = 0; c < n; c++) {
                            s[c] += w[k] * features[k][c];
                        }
                    }
                }
            }
        }
        return s;
    }
}
