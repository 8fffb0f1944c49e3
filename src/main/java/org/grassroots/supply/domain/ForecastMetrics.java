package org.grassroots.supply.domain;

/**
 * Accuracy over many series: mean RMSSE and MASE (scaled by each series' in-sample one-step naive
 * error, as in M5), WAPE over all points, and the pinball loss at 0.9 scaled like MASE.
 */
public final class ForecastMetrics {

    private int series;
    private double rmsse;
    private double mase;
    private double pinball;
    private double absError;
    private double absActual;

    /**
     * Adds one series.
     *
     * @param train the history before the first forecast origin (gives the scales)
     * @param actual the points forecast
     * @param p50 the point forecasts
     * @param p90 the 90th percentiles
     * @return false (and nothing added) when the history has no one-step change to scale by
     */
    public boolean add(double[] train, double[] actual, double[] p50, double[] p90) {
        double sq = 0;
        double abs = 0;
        for (int t = 1; t < train.length; t++) {
            double d = train[t] - train[t - 1];
            sq += d * d;
            abs += Math.abs(d);
        }
        if (train.length < 2 || sq == 0) {
            return false;
        }
        double mseScale = sq / (train.length - 1);
        double maeScale = abs / (train.length - 1);
        double se = 0;
        double ae = 0;
        double pin = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = actual[i] - p50[i];
            se += e * e;
            ae += Math.abs(e);
            double u = actual[i] - p90[i];
            pin += u >= 0 ? 0.9 * u : (0.9 - 1) * u;
            absActual += Math.abs(actual[i]);
        }
        series++;
        rmsse += Math.sqrt(se / actual.length / mseScale);
        mase += ae / actual.length / maeScale;
        pinball += pin / actual.length / maeScale;
        absError += ae;
        return true;
    }

    public int series() {
        return series;
    }

    public double rmsse() {
        return series == 0 ? 0 : rmsse / series;
    }

    public double mase() {
        return series == 0 ? 0 : mase / series;
    }

    public double wape() {
        return absActual == 0 ? 0 : absError / absActual;
    }

    public double pinball90() {
        return series == 0 ? 0 : pinball / series;
    }
}
