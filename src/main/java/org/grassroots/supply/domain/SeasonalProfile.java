package org.grassroots.supply.domain;

/**
 * A level times a seasonal profile: each position in the season (a weekday, for daily data) gets
 * an index, its share of the history's demand relative to an average position; simple exponential
 * smoothing follows the level of the series with the profile divided out, its weight chosen on a
 * grid by squared error. Robust for short, noisy, zero-heavy series where Holt-Winters overfits.
 */
public final class SeasonalProfile implements Forecaster {

    private static final double[] ALPHAS = {0.02, 0.05, 0.1, 0.2, 0.3, 0.5};

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public Forecast forecast(double[] y, int horizon, int season) {
        int n = y.length;
        double[] index = new double[season];
        java.util.Arrays.fill(index, 1);
        int whole = (n / season) * season;
        double total = 0;
        double[] sums = new double[season];
        for (int t = n - whole; t < n; t++) {
            sums[t % season] += y[t];
            total += y[t];
        }
        if (season > 1 && whole > 0 && total > 0) {
            for (int d = 0; d < season; d++) {
                index[d] = sums[d] / (total / season);
            }
        }
        double[] z = new double[n];
        for (int t = 0; t < n; t++) {
            double i = index[t % season];
            z[t] = i > 0.05 ? y[t] / i : y[t];
        }
        double bestSse = Double.POSITIVE_INFINITY;
        double level = 0;
        for (double alpha : ALPHAS) {
            double l = Stats.mean(z, 0, Math.min(n, season));
            double sse = 0;
            for (int t = 0; t < n; t++) {
                double e = z[t] - l;
                sse += e * e;
                l += alpha * e;
            }
            if (sse < bestSse) {
                bestSse = sse;
                level = l;
            }
        }
        double[] point = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            point[h] = level * index[(n + h) % season];
        }
        return Forecast.of(point, Math.sqrt(bestSse / n), h -> 1);
    }
}
