package org.grassroots.shopper.domain;

import java.util.Arrays;

/**
 * Recall, NDCG and PHR (personal hit ratio) of a ranked list against the basket the household
 * actually bought, as the next-basket papers define them. NDCG's ideal DCG sums over every true
 * item, so a basket larger than k cannot reach 1.
 */
public final class NextBasketMetrics {

    private NextBasketMetrics() {}

    public record Scores(double recall, double ndcg, double phr) {}

    /** @param ranked recommended items, best first; only the first {@code k} count */
    public static Scores at(int k, int[] ranked, int[] truth) {
        int[] sortedTruth = Arrays.stream(truth).distinct().sorted().toArray();
        if (sortedTruth.length == 0) {
            throw new IllegalArgumentException("the true basket is empty");
        }
        int hits = 0;
        double dcg = 0;
        for (int r = 0; r < Math.min(k, ranked.length); r++) {
            if (Arrays.binarySearch(sortedTruth, ranked[r]) >= 0) {
                hits++;
                dcg += 1 / log2(r + 2);
            }
        }
        double ideal = 0;
        for (int r = 0; r < sortedTruth.length; r++) {
            ideal += 1 / log2(r + 2);
        }
        return new Scores((double) hits / sortedTruth.length, dcg / ideal, hits > 0 ? 1 : 0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
