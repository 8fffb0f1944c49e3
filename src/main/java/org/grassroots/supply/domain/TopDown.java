package org.grassroots.supply.domain;

import java.util.Arrays;

/**
 * A global forecast shared down: the total of a group of series that share their dates (a bakery's
 * items, one store's products) is forecast by ETS, which sees a clear weekday pattern and level in
 * the total; each series gets its share of the total over the last {@link #SHARE_WINDOW} points (or
 * season, if longer). Noisy and intermittent series borrow the group's pattern instead of fitting
 * their own. Only the total's points before the series' origin are used.
 */
public final class TopDown implements Forecaster {

    /** Points over which a series' share of the total is measured. */
    static final int SHARE_WINDOW = 28;

    private final double[] total;
    private final Forecaster forTotal;

    /** @param total the sum over the group at each point, aligned with every member series */
    public TopDown(double[] total, Forecaster forTotal) {
        this.total = total.clone();
        this.forTotal = forTotal;
    }

    @Override
    public String name() {
        return "topdown";
    }

    @Override
    public Forecast forecast(double[] y, int horizon, int season) {
        int n = y.length;
        if (n > total.length) {
            throw new IllegalArgumentException("the group total is shorter than the series");
        }
        double[] history = Arrays.copyOf(total, n);
        Forecast group = forTotal.forecast(history, horizon, season);
        int from = Math.max(0, n - Math.max(SHARE_WINDOW, season));
        double mine = 0;
        double all = 0;
        for (int t = from; t < n; t++) {
            mine += y[t];
            all += history[t];
        }
        double share = all > 0 ? mine / all : 0;
        double[] point = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            point[h] = share * group.p50()[h];
        }
        double sse = 0;
        for (int t = from; t < n; t++) {
            double e = y[t] - share * history[t];
            sse += e * e;
        }
        return Forecast.of(point, Math.sqrt(sse / Math.max(1, n - from)), h -> 1);
    }
}
