package org.grassroots.supply.domain;

import java.util.Arrays;

/** Rolling-origin forecasts: each origin forecasts from the points before it only. */
public final class Backtest {

    private Backtest() {}

    /**
     * The last {@code origins × horizon} points of y forecast from {@code origins} origins, each
     * from the points before it: {p50, p90} over those points.
     */
    public static double[][] rollingOrigin(Forecaster method, double[] y, int horizon, int origins, int season) {
        int firstOrigin = y.length - origins * horizon;
        double[] p50 = new double[origins * horizon];
        double[] p90 = new double[origins * horizon];
        for (int k = 0; k < origins; k++) {
            int origin = firstOrigin + k * horizon;
            Forecast f = method.forecast(Arrays.copyOf(y, origin), horizon, season);
            System.arraycopy(f.p50(), 0, p50, k * horizon, horizon);
            System.arraycopy(f.p90(), 0, p90, k * horizon, horizon);
        }
        return new double[][] {p50, p90};
    }
}
