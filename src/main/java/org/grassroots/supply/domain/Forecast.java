package org.grassroots.supply.domain;

/**
 * A forecast of the next {@code h} points: the point forecast (used as the median) and the 90th
 * percentile, never below zero.
 */
public record Forecast(double[] p50, double[] p90) {

    public int horizon() {
        return p50.length;
    }

    /** A forecast from point values and the one-step error spread, widening with the horizon as {@code growth}(h). */
    static Forecast of(double[] point, double sigma, java.util.function.IntToDoubleFunction growth) {
        double[] p50 = new double[point.length];
        double[] p90 = new double[point.length];
        for (int h = 0; h < point.length; h++) {
            p50[h] = Math.max(0, point[h]);
            p90[h] = Math.max(p50[h], point[h] + 1.2816 * sigma * growth.applyAsDouble(h + 1));
        }
        return new Forecast(p50, p90);
    }
}
