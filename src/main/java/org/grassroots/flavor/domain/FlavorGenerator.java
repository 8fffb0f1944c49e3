package org.grassroots.flavor.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Proposes ingredient combinations around seed ingredients: sound (their ingredients share flavor
 * compounds), and familiar or surprising as asked (often or rarely cooked together for that
 * chemistry). Results are ranked and diverse: no two share more than half their ingredients
 * (beyond the seeds, when the seeds alone are more than half).
 *
 * <p>Every pair of ingredients is placed on two scales from 0 to 1 by its rank among all pairs of
 * the vocabulary: <b>affinity</b>, the shared compounds relative to both ingredients' compounds
 * (shared / √(|A| |B|), so compound-rich ingredients such as tea or wine do not pair with
 * everything), and <b>evidence</b>, the recipes with both relative to both ingredients' recipes
 * (together / √(n_A n_B), so a rare ingredient cooked once with another is not strong evidence; in
 * the chosen cuisine, blended half and half with all recipes). A pair's <b>novelty</b> is how much its
 * affinity outranks its evidence: (1 + affinity − evidence) / 2. A combination's scores are the
 * means over its pairs, and it ranks by 0.4 × affinity + 0.6 × ((1 − n) × evidence + n × novelty)
 * for the novelty setting n. Plain Java and deterministic.
 */
public final class FlavorGenerator {

    /** How much chemistry counts in the ranking, whatever the novelty setting. */
    static final double AFFINITY_WEIGHT = 0.4;

    private static final int BEAM = 40;

    /**
     * @param seeds ingredients every combination contains
     * @param size ingredients per combination, 3 to 6, seeds included
     * @param cuisine whose recipes count as evidence (with all recipes); null for all
     * @param novelty 0 for familiar combinations, 1 for surprising ones
     * @param allowed which ingredients may be added (for example safe for the household)
     * @param count how many combinations
     */
    public record Request(int[] seeds, int size, String cuisine, double novelty, IntPredicate allowed, int count) {

        public Request {
            seeds = Arrays.stream(seeds).distinct().sorted().toArray();
            if (size < 3 || size > 6) {
                throw new IllegalArgumentException("size must be 3 to 6");
            }
            if (seeds.length >= size) {
                throw new IllegalArgumentException("give fewer seeds than the size");
            }
            if (!(novelty >= 0 && novelty <= 1)) {
                throw new IllegalArgumentException("novelty must be 0 to 1");
            }
        }
    }

    /**
     * A proposed combination and the parts of its score, each 0 to 1.
     *
     * @param ingredients ascending
     */
    public record Combination(int[] ingredients, double score, double affinity, double evidence, double novelty) {}

    private final PairingModel model;
    private final double[] affinityScale;
    private final double[] evidenceScale;

    public FlavorGenerator(PairingModel model) {
        this.model = model;
        int[] v = model.vocabulary();
        int pairs = v.length * (v.length - 1) / 2;
        affinityScale = new double[pairs];
        evidenceScale = new double[pairs];
        int p = 0;
        for (int i = 0; i < v.length; i++) {
            for (int j = i + 1; j < v.length; j++) {
                affinityScale[p] = affinityValue(v[i], v[j]);
                evidenceScale[p++] = evidenceValue(model.cooccurrence(), v[i], v[j]);
            }
        }
        Arrays.sort(affinityScale);
        Arrays.sort(evidenceScale);
    }

    public PairingModel model() {
        return model;
    }

    /** A pair's affinity on the 0–1 scale: the share of all vocabulary pairs with less affinity. */
    public double affinity(int a, int b) {
        return rank(affinityScale, affinityValue(a, b));
    }

    /** A pair's recipe evidence on the 0–1 scale, in the cuisine (blended with all recipes) or overall. */
    public double evidence(int a, int b, String cuisine) {
        double overall = rank(evidenceScale, evidenceValue(model.cooccurrence(), a, b));
        if (cuisine == null) {
            return overall;
        }
        return (overall + rank(evidenceScale, evidenceValue(model.cooccurrence(cuisine), a, b))) / 2;
    }

    private double affinityValue(int a, int b) {
        int sizes = model.affinity().table().compounds(a).length
                * model.affinity().table().compounds(b).length;
        return sizes == 0 ? 0 : model.affinity().shared(a, b) / Math.sqrt(sizes);
    }

    private static double evidenceValue(Cooccurrence recipes, int a, int b) {
        double counts = (double) recipes.count(a) * recipes.count(b);
        return counts == 0 ? 0 : recipes.together(a, b) / Math.sqrt(counts);
    }

    /** Scores a whole combination for a novelty setting. */
    public Combination score(int[] ingredients, String cuisine, double novelty) {
        int[] sorted = Arrays.stream(ingredients).distinct().sorted().toArray();
        double affinity = 0;
        double evidence = 0;
        double surprise = 0;
        int pairs = 0;
        for (int i = 0; i < sorted.length; i++) {
            for (int j = i + 1; j < sorted.length; j++) {
                double a = affinity(sorted[i], sorted[j]);
                double e = evidence(sorted[i], sorted[j], cuisine);
                affinity += a;
                evidence += e;
                surprise += (1 + a - e) / 2;
                pairs++;
            }
        }
        if (pairs > 0) {
            affinity /= pairs;
            evidence /= pairs;
            surprise /= pairs;
        }
        double score =
                AFFINITY_WEIGHT * affinity + (1 - AFFINITY_WEIGHT) * ((1 - novelty) * evidence + novelty * surprise);
        return new Combination(sorted, score, affinity, evidence, surprise);
    }

    /** Ranked, diverse combinations around the seeds; fewer than asked when the vocabulary runs out. */
    public List<Combination> generate(Request request) {
        int[] candidates = Arrays.stream(model.vocabulary())
                .filter(i -> Arrays.binarySearch(request.seeds(), i) < 0
                        && request.allowed().test(i))
                .toArray();
        List<int[]> beam = List.of(request.seeds());
        List<Combination> finished = new ArrayList<>();
        for (int step = request.seeds().length; step < request.size(); step++) {
            List<Combination> next = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int[] partial : beam) {
                for (int c : candidates) {
                    if (Arrays.binarySearch(partial, c) >= 0) {
                        continue;
                    }
                    int[] grown = Arrays.copyOf(partial, partial.length + 1);
                    grown[partial.length] = c;
                    Arrays.sort(grown);
                    if (seen.add(Arrays.toString(grown))) {
                        next.add(score(grown, request.cuisine(), request.novelty()));
                    }
                }
            }
            next.sort(BEST_FIRST);
            if (step == request.size() - 1) {
                finished = next;
            } else {
                beam = beam(next, request.seeds().length, step + 1);
            }
        }
        return diverse(finished, request.count(), request.seeds().length, request.size());
    }

    private static final Comparator<Combination> BEST_FIRST = Comparator.comparingDouble(Combination::score)
            .reversed()
            .thenComparing(c -> Arrays.toString(c.ingredients()));

    /**
     * The partial combinations to grow: diverse ones first, so that diverse results stay reachable,
     * then the best of the rest.
     */
    private static List<int[]> beam(List<Combination> ranked, int seeds, int size) {
        List<Combination> kept = new ArrayList<>(diverse(ranked, BEAM, seeds, size));
        for (Combination c : ranked) {
            if (kept.size() >= 2 * BEAM) {
                break;
            }
            if (!kept.contains(c)) {
                kept.add(c);
            }
        }
        return kept.stream().map(Combination::ingredients).toList();
    }

    /** The best combinations, skipping any that shares more than half its ingredients with one kept. */
    private static List<Combination> diverse(List<Combination> ranked, int count, int seeds, int size) {
        int maxShared = Math.max(size / 2, seeds);
        List<Combination> kept = new ArrayList<>();
        for (Combination c : ranked) {
            if (kept.size() >= count) {
                break;
            }
            if (kept.stream().allMatch(k -> shared(k.ingredients(), c.ingredients()) <= maxShared)) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static int shared(int[] a, int[] b) {
        int n = 0;
        for (int x : a) {
            n += Arrays.binarySearch(b, x) >= 0 ? 1 : 0;
        }
        return n;
    }

    /** The share of the sorted values below {@code value} (ties count half), 0 to 1. */
    private static double rank(double[] sorted, double value) {
        if (sorted.length == 0) {
            return 0;
        }
        int below = lowerBound(sorted, value);
        int upTo = upperBound(sorted, value);
        return (below + (upTo - below) / 2.0) / sorted.length;
    }

    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
