package org.grassroots.shopper.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * Time-decayed personal item frequency with neighbourhood smoothing, after TIFU-KNN (Hu et al.,
 * SIGIR 2020), plus a small popularity prior for households with little history.
 *
 * <p>A household's vector: its baskets are split into up to {@code groups} consecutive groups;
 * inside a group a basket counts {@code withinDecay}<sup>age</sup>, and a group counts
 * {@code groupDecay}<sup>age</sup>, so recent baskets and recent habits weigh most. Its
 * neighbours are the {@code neighbours} households with the most similar vectors (cosine). An
 * item's score is {@code alpha} × own + (1 − {@code alpha}) × neighbours' mean + {@code
 * popularityWeight} × the share of households that bought it. Deterministic: ties go to the
 * lower id.
 */
public final class TifuKnn implements NextBasketModel {

    /** Stands for a household with no learned history in {@link #recommend(int, int, IntPredicate, IntToDoubleFunction)}. */
    public static final int NEW_HOUSEHOLD = -1;

    /**
     * @param groups how many groups a long history is split into
     * @param withinDecay weight per step back inside a group, in (0, 1]
     * @param groupDecay weight per group back, in (0, 1]
     * @param neighbours how many similar households smooth the household's own vector
     * @param alpha weight of the household's own vector against its neighbours', in [0, 1]
     * @param popularityWeight weight of the popularity prior, 0 for none
     * @param repeatExponent how much an item's own re-purchase rate (across all households) scales
     *     the household's own score for it: 0 ignores it, 1 multiplies by the rate relative to
     *     the average item's
     */
    public record Params(
            int groups,
            double withinDecay,
            double groupDecay,
            int neighbours,
            double alpha,
            double popularityWeight,
            double repeatExponent) {

        /** Tuned on the Ta-Feng validation households of keysets 0 to 4 (docs/personal-shopper.md). */
        public static final Params DEFAULT = new Params(1, 0.85, 0.7, 300, 0.3, 0.3, 0.25);

        /** The same parameters with another number of neighbours. */
        public Params withNeighbours(int count) {
            return new Params(groups, withinDecay, groupDecay, count, alpha, popularityWeight, repeatExponent);
        }

        public Params {
            if (groups < 1 || neighbours < 0) {
                throw new IllegalArgumentException("groups must be at least 1 and neighbours not negative");
            }
            if (!(withinDecay > 0 && withinDecay <= 1 && groupDecay > 0 && groupDecay <= 1)) {
                throw new IllegalArgumentException("decays must be in (0, 1]");
            }
            if (!(alpha >= 0 && alpha <= 1) || popularityWeight < 0 || repeatExponent < 0) {
                throw new IllegalArgumentException(
                        "alpha must be in [0, 1], popularityWeight and repeatExponent not negative");
            }
        }
    }

    private final Params params;
    private final int items;
    private final ItemPopularity popularity;
    /** Per item, the factor its re-purchase rate gives the household's own score. */
    private final double[] repeatFactor;

    private final int[][] vectorItems;
    private final float[][] vectorWeights;
    private final double[] norms;
    /** For each item, the households whose vectors hold it, and the weights. */
    private final int[][] postingHouseholds;

    private final float[][] postingWeights;

    private TifuKnn(Baskets baskets, Params params) {
        this.params = params;
        this.items = baskets.items();
        this.popularity = ItemPopularity.of(baskets);
        this.repeatFactor = repeatFactors(baskets, params.repeatExponent());
        int households = baskets.households();
        vectorItems = new int[households][];
        vectorWeights = new float[households][];
        norms = new double[households];
        int[] postingSize = new int[items];
        double[] dense = new double[items];
        for (int h = 0; h < households; h++) {
            vectorOf(baskets.of(h), dense, h);
            for (int item : vectorItems[h]) {
                postingSize[item]++;
            }
        }
        postingHouseholds = new int[items][];
        postingWeights = new float[items][];
        for (int i = 0; i < items; i++) {
            postingHouseholds[i] = new int[postingSize[i]];
            postingWeights[i] = new float[postingSize[i]];
        }
        int[] filled = new int[items];
        for (int h = 0; h < households; h++) {
            for (int j = 0; j < vectorItems[h].length; j++) {
                int item = vectorItems[h][j];
                postingHouseholds[item][filled[item]] = h;
                postingWeights[item][filled[item]++] = vectorWeights[h][j];
            }
        }
    }

    /** Learns every household's vector from {@code baskets}; recommendations are then for these households. */
    public static TifuKnn fit(Baskets baskets, Params params) {
        return new TifuKnn(baskets, params);
    }

    @Override
    public String name() {
        return "grassroots";
    }

    /**
     * Recommends from the household's own vector (as learned) and its neighbours'. A household
     * that is not among the learned ones cannot be asked for.
     */
    @Override
    public List<Scored> recommend(int household, int k) {
        return recommend(household, k, item -> true, null);
    }

    /**
     * Recommends only {@code eligible} items, each score raised by {@code preference}.
     *
     * @param household a learned household, or {@link #NEW_HOUSEHOLD} for one without history,
     *     which gets the most popular eligible items
     * @param preference for each item a bonus factor, at least 0: the model's score is multiplied
     *     by 1 + the factor, and the difference is reported as {@link Scored#preference()}; null for none
     */
    public List<Scored> recommend(int household, int k, IntPredicate eligible, IntToDoubleFunction preference) {
        return recommend(household, neighbours(household), k, eligible, preference);
    }

    /** As {@link #recommend(int, int, IntPredicate, IntToDoubleFunction)}, with the household's neighbours known. */
    List<Scored> recommend(
            int household, int[] neighbours, int k, IntPredicate eligible, IntToDoubleFunction preference) {
        double[] own = new double[items];
        double[] nearby = new double[items];
        int[] ownItems = household == NEW_HOUSEHOLD ? new int[0] : vectorItems[household];
        for (int j = 0; j < ownItems.length; j++) {
            own[ownItems[j]] = vectorWeights[household][j];
        }
        for (int n : neighbours) {
            for (int j = 0; j < vectorItems[n].length; j++) {
                nearby[vectorItems[n][j]] += vectorWeights[n][j];
            }
        }
        if (neighbours.length > 0) {
            for (int i = 0; i < items; i++) {
                nearby[i] /= neighbours.length;
            }
        }
        double alpha = ownItems.length == 0 ? 0 : params.alpha();
        Scored[] scored = new Scored[items];
        TopK best = new TopK(k);
        for (int i = 0; i < items; i++) {
            if ((own[i] > 0 || nearby[i] > 0) && eligible.test(i)) {
                scored[i] = score(alpha, own[i], nearby[i], i, preference);
                best.offer(i, scored[i].score());
            }
        }
        // any other item scores by popularity alone; without a preference the most popular are the only contenders
        int[] ranked = popularity.ranked();
        for (int r = 0, added = 0; r < ranked.length && (added < k || preference != null); r++) {
            int i = ranked[r];
            if (scored[i] == null && own[i] == 0 && nearby[i] == 0 && eligible.test(i)) {
                scored[i] = score(alpha, 0, 0, i, preference);
                best.offer(i, scored[i].score());
                added++;
            }
        }
        List<Scored> result = new ArrayList<>(k);
        for (int i : best.best()) {
            result.add(scored[i]);
        }
        return result;
    }

    /**
     * The household's own learned weight of each item it bought, 0 to 1, highest first: what
     * its suggestions start from.
     */
    public Map<Integer, Double> profile(int household) {
        Map<Integer, Double> weights = new LinkedHashMap<>();
        int[] own = vectorItems[household];
        Integer[] order = new Integer[own.length];
        for (int j = 0; j < own.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Float.compare(vectorWeights[household][b], vectorWeights[household][a]));
        for (int j : order) {
            weights.put(own[j], (double) vectorWeights[household][j]);
        }
        return weights;
    }

    /** The share of all households that bought the item, 0 to 1. */
    public double popularity(int item) {
        return popularity.share(item);
    }

    private Scored score(double alpha, double own, double nearby, int item, IntToDoubleFunction preference) {
        Scored parts = Scored.of(
                item,
                alpha * own * repeatFactor[item],
                (1 - alpha) * nearby,
                params.popularityWeight() * popularity.share(item));
        if (preference == null) {
            return parts;
        }
        double bonus = parts.score() * preference.applyAsDouble(item);
        return new Scored(item, parts.score() + bonus, parts.personal(), parts.neighbours(), parts.popularity(), bonus);
    }

    /**
     * Each item's re-purchase rate: of the households that bought it, the share that bought it
     * again, shrunk towards the average with one pseudo-household; as a factor relative to the
     * average, raised to {@code exponent}.
     */
    private static double[] repeatFactors(Baskets baskets, double exponent) {
        int items = baskets.items();
        double[] factor = new double[items];
        Arrays.fill(factor, 1);
        if (exponent == 0) {
            return factor;
        }
        int[] buyers = new int[items];
        int[] repeaters = new int[items];
        int[] times = new int[items];
        for (int h = 0; h < baskets.households(); h++) {
            int[][] own = baskets.of(h);
            for (int[] basket : own) {
                for (int item : basket) {
                    times[item]++;
                }
            }
            for (int[] basket : own) {
                for (int item : basket) {
                    if (times[item] > 0) {
                        buyers[item]++;
                        repeaters[item] += times[item] > 1 ? 1 : 0;
                        times[item] = 0;
                    }
                }
            }
        }
        long allBuyers = 0;
        long allRepeaters = 0;
        for (int i = 0; i < items; i++) {
            allBuyers += buyers[i];
            allRepeaters += repeaters[i];
        }
        double mean = allBuyers == 0 ? 0 : (double) allRepeaters / allBuyers;
        if (mean == 0) {
            return factor;
        }
        for (int i = 0; i < items; i++) {
            double rate = (repeaters[i] + mean) / (buyers[i] + 1.0);
            factor[i] = Math.pow(rate / mean, exponent);
        }
        return factor;
    }

    /**
     * The household's nearest neighbours by cosine similarity of their vectors, most similar
     * first; none for {@link #NEW_HOUSEHOLD}.
     */
    public int[] neighbours(int household) {
        int k = params.neighbours();
        if (household == NEW_HOUSEHOLD || k == 0 || norms[household] == 0) {
            return new int[0];
        }
        double[] dots = new double[norms.length];
        int[] touched = new int[norms.length];
        int count = 0;
        int[] ownItems = vectorItems[household];
        for (int j = 0; j < ownItems.length; j++) {
            float w = vectorWeights[household][j];
            int[] hs = postingHouseholds[ownItems[j]];
            float[] ws = postingWeights[ownItems[j]];
            for (int p = 0; p < hs.length; p++) {
                if (dots[hs[p]] == 0) {
                    touched[count++] = hs[p];
                }
                dots[hs[p]] += w * ws[p];
            }
        }
        TopK nearest = new TopK(k);
        for (int c = 0; c < count; c++) {
            int h = touched[c];
            if (h != household) {
                nearest.offer(h, dots[h] / (norms[h] * norms[household]));
            }
        }
        return nearest.best();
    }

    private void vectorOf(int[][] baskets, double[] dense, int household) {
        int n = baskets.length;
        int groups = Math.min(n, params.groups());
        List<Integer> touched = new ArrayList<>();
        int start = 0;
        for (int g = 0; g < groups; g++) {
            // earlier groups take the remainder, so the most recent groups are never the larger
            int size = n / groups + (g < n % groups ? 1 : 0);
            double groupWeight = Math.pow(params.groupDecay(), groups - 1 - g) / groups;
            for (int b = 0; b < size; b++) {
                double weight = groupWeight * Math.pow(params.withinDecay(), size - 1 - b) / size;
                for (int item : baskets[start + b]) {
                    if (dense[item] == 0) {
                        touched.add(item);
                    }
                    dense[item] += weight;
                }
            }
            start += size;
        }
        int[] idx = touched.stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] val = new float[idx.length];
        double norm = 0;
        for (int j = 0; j < idx.length; j++) {
            val[j] = (float) dense[idx[j]];
            norm += dense[idx[j]] * dense[idx[j]];
            dense[idx[j]] = 0;
        }
        vectorItems[household] = idx;
        vectorWeights[household] = val;
        norms[household] = Math.sqrt(norm);
    }
}
