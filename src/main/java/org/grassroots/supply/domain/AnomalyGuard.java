package org.grassroots.supply.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds demand points that history cannot explain: a spike, a drop, or a sudden level shift.
 *
 * <p>The series is read oldest first, as it arrived. At each point the guard expects the median of
 * the recent points (with a weekday profile divided out for short seasons) and measures the
 * surprise on a square-root scale, in robust units: 1.4826 × the median absolute recent surprise,
 * never below the noise of Poisson counts. A run of more than {@link #SHIFT_RUN} points on one
 * side of the expectation, each at least {@link #SHIFT_POINT} units away and {@link #SHIFT_MEAN} on
 * average, is a level shift; otherwise a single point more than {@link #THRESHOLD} units away, and
 * at least half again or half below the expectation, is a spike or a drop. Flagged points are
 * replaced by what was expected before the guard reads on, so one glitch never becomes the new
 * normal. The constants were chosen with {@code eval anomalies} on the Bread Basket and Breakfast
 * at the Frat data (docs/supply.md).
 */
public final class AnomalyGuard {

    /** How many robust units away a single point must be to be a spike or a drop. */
    static final double THRESHOLD = 3.5;

    /** A level shift is more than this many points in a row on one side, */
    static final int SHIFT_RUN = 2;

    /** each at least this many units away, */
    static final double SHIFT_POINT = 1.5;

    /** and on average this many. */
    static final double SHIFT_MEAN = 3;

    /** A drop must fall below this share of the expected value, a spike rise above 1 + it. */
    private static final double RELATIVE = 0.5;

    /** A drop needs at least this much expected demand to be told apart from quiet noise. */
    private static final double MIN_EXPECTED_FOR_DROP = 2;

    public enum Kind {
        SPIKE,
        DROP,
        SHIFT
    }

    /**
     * One anomaly: the points from {@code start} for {@code length} (1 for a spike or a drop), what
     * was observed at the start, and what history expected there.
     */
    public record Flag(int start, int length, Kind kind, double observed, double expected) {

        /** The observed value as a multiple of the expected one. */
        public double ratio() {
            return expected > 0 ? observed / expected : Double.POSITIVE_INFINITY;
        }
    }

    /** The flags, and the series with every flagged point replaced by what was expected there. */
    public record Result(List<Flag> flags, double[] expected, double[] cleaned) {}

    private AnomalyGuard() {}

    public static Result detect(double[] y, int season) {
        return detect(y, season, Set.of());
    }

    /**
     * @param accepted indices a person confirmed as real demand: never flagged, read as normal
     */
    public static Result detect(double[] y, int season, Set<Integer> accepted) {
        int n = y.length;
        int period = seasonal(season) ? season : 1;
        int window = period > 1 ? Math.max(8, 2 * season) : 8;
        int warmUp = warmUp(season);
        double[] cleaned = y.clone();
        double[] expected = new double[n];
        List<Double> surprises = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        int t = 0;
        while (t < n) {
            double e = expectation(cleaned, t, period, window);
            expected[t] = e;
            double sigma = spread(surprises);
            double z = surprise(y[t], e) / sigma;
            if (t < warmUp || accepted.contains(t)) {
                surprises.add(surprise(y[t], e));
                t++;
                continue;
            }
            boolean up = z > 0;
            int run = 0;
            double sum = 0;
            while (t + run < n
                    && !accepted.contains(t + run)
                    && Math.abs(surprise(y[t + run], e) / sigma) > SHIFT_POINT
                    && surprise(y[t + run], e) > 0 == up) {
                sum += Math.abs(surprise(y[t + run], e) / sigma);
                run++;
            }
            Kind kind;
            if (run > SHIFT_RUN && sum / run > SHIFT_MEAN && far(y[t], e, up, RELATIVE / 2)) {
                kind = Kind.SHIFT;
            } else if (Math.abs(z) > THRESHOLD && far(y[t], e, up, RELATIVE) && (up || e >= MIN_EXPECTED_FOR_DROP)) {
                kind = up ? Kind.SPIKE : Kind.DROP;
                run = 1;
            } else {
                surprises.add(surprise(y[t], e));
                t++;
                continue;
            }
            flags.add(new Flag(t, run, kind, y[t], e));
            for (int i = t; i < t + run; i++) {
                expected[i] = e;
                cleaned[i] = e;
            }
            t += run;
        }
        return new Result(List.copyOf(flags), expected, cleaned);
    }

    /**
     * How far y is from e on the Anscombe square-root scale, where Poisson counts have a spread of
     * one whatever their mean: a jump from 2 to 8 is as surprising as one from 100 to 120.
     */
    private static double surprise(double y, double e) {
        return 2 * (Math.sqrt(Math.max(y, 0) + 0.375) - Math.sqrt(Math.max(e, 0) + 0.375));
    }

    /** Whether y is beyond e by the share given, on the side given. */
    private static boolean far(double y, double e, boolean up, double share) {
        return up ? y > (1 + share) * e : y < (1 - share) * e;
    }

    /** Points read before the first can be flagged: three seasons of a weekly pattern, else eight. */
    public static int warmUp(int season) {
        return seasonal(season) ? Math.max(Math.max(8, 2 * season), 3 * season) : 8;
    }

    /** Short seasons (a week of days) get a profile; long ones (a year of weeks) need more history than demand has. */
    private static boolean seasonal(int season) {
        return season > 1 && season <= 14;
    }

    /**
     * The median of the last {@code window} points before t, each divided by its position's
     * seasonal index, times the index of t's position.
     */
    private static double expectation(double[] y, int t, int season, int window) {
        if (t == 0) {
            return y[0];
        }
        double[] index = seasonalIndex(y, t, season);
        int from = Math.max(0, t - window);
        double[] recent = new double[t - from];
        for (int i = from; i < t; i++) {
            double s = index[i % season];
            recent[i - from] = s > 0.05 ? y[i] / s : y[i];
        }
        return median(recent) * index[t % season];
    }

    /** Each position's mean over the last four whole seasons before t, relative to their mean; all 1 without two seasons. */
    private static double[] seasonalIndex(double[] y, int t, int season) {
        double[] index = new double[season];
        Arrays.fill(index, 1);
        int seasons = Math.min(4, t / season);
        if (season == 1 || seasons < 2) {
            return index;
        }
        double[] sums = new double[season];
        double total = 0;
        for (int i = t - seasons * season; i < t; i++) {
            sums[i % season] += y[i];
            total += y[i];
        }
        if (total <= 0) {
            return index;
        }
        for (int p = 0; p < season; p++) {
            index[p] = sums[p] / (total / season);
        }
        return index;
    }

    /**
     * 1.4826 × the median absolute recent surprise (a standard deviation when the noise is normal),
     * at least 1, the spread of Poisson counts.
     */
    private static double spread(List<Double> surprises) {
        int from = Math.max(0, surprises.size() - 28);
        double[] recent = new double[surprises.size() - from];
        for (int i = from; i < surprises.size(); i++) {
            recent[i - from] = Math.abs(surprises.get(i));
        }
        double mad = recent.length == 0 ? 0 : 1.4826 * median(recent);
        return Math.max(mad, 1);
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
