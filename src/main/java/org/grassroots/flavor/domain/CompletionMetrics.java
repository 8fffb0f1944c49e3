package org.grassroots.flavor.domain;

/**
 * Recipe completion metrics: where the hidden ingredient ranks among the candidates, and hit@k and
 * the mean reciprocal rank over many recipes.
 */
public final class CompletionMetrics {

    private long queries;
    private long hit1;
    private long hit10;
    private double reciprocal;

    /**
     * The 1-based rank of {@code target} among the candidates not {@code excluded}: one more than
     * the candidates scoring higher, or equal with a lower id. 0 when the target is not a candidate.
     */
    public static int rank(double[] scores, int[] candidates, int target, int[] excluded) {
        int at = java.util.Arrays.binarySearch(candidates, target);
        if (at < 0) {
            return 0;
        }
        double mine = scores[at];
        int rank = 1;
        for (int c = 0; c < candidates.length; c++) {
            if (c == at || java.util.Arrays.binarySearch(excluded, candidates[c]) >= 0) {
                continue;
            }
            if (scores[c] > mine || scores[c] == mine && candidates[c] < target) {
                rank++;
            }
        }
        return rank;
    }

    /** Counts one query; a rank of 0 (target unknown) is a miss. */
    public void add(int rank) {
        queries++;
        if (rank == 1) {
            hit1++;
        }
        if (rank >= 1 && rank <= 10) {
            hit10++;
        }
        reciprocal += rank == 0 ? 0 : 1.0 / rank;
    }

    public long queries() {
        return queries;
    }

    public double hitAt1() {
        return queries == 0 ? 0 : (double) hit1 / queries;
    }

    public double hitAt10() {
        return queries == 0 ? 0 : (double) hit10 / queries;
    }

    public double mrr() {
        return queries == 0 ? 0 : reciprocal / queries;
    }
}
