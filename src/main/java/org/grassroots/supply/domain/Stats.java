package org.grassroots.supply.domain;

/** Small statistics over arrays. */
final class Stats {

    private Stats() {}

    /** The standard deviation of y[t] − y[t − lag]; 0 with too few points. */
    static double diffSd(double[] y, int lag) {
        int n = y.length - lag;
        if (n < 2) {
            return 0;
        }
        double sum = 0;
        double sq = 0;
        for (int t = lag; t < y.length; t++) {
            double d = y[t] - y[t - lag];
            sum += d;
            sq += d * d;
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sq / n - mean * mean));
    }

    /** The standard deviation of the points from index {@code from} up to, not including, {@code to}. */
    static double sd(double[] y, int from, int to) {
        int n = to - from;
        if (n < 2) {
            return 0;
        }
        double sum = 0;
        double sq = 0;
        for (int t = from; t < to; t++) {
            sum += y[t];
            sq += y[t] * y[t];
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, sq / n - mean * mean));
    }

    static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += y[t];
        }
        return to > from ? sum / (to - from) : 0;
    }
}
