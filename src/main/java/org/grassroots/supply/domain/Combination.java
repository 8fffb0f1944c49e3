package org.grassroots.supply.domain;

import java.util.List;

/**
 * The grassroots forecaster: the mean of several forecasters, point forecasts and 90th percentiles
 * alike. On the three evaluation data sets the mean of ETS, TSB and the seasonal profile beat
 * picking one of them per series by backtest, which chased noise (docs/supply.md).
 */
public final class Combination implements Forecaster {

    private final List<Forecaster> members;

    public Combination(List<Forecaster> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a combination needs members");
        }
        this.members = List.copyOf(members);
    }

    /** ETS, TSB and the seasonal profile. */
    public static Combination standard() {
        return new Combination(List.of(new Ets(), new Tsb(), new SeasonalProfile()));
    }

    @Override
    public String name() {
        return "grassroots";
    }

    @Override
    public Forecast forecast(double[] y, int horizon, int season) {
        double[] p50 = new double[horizon];
        double[] p90 = new double[horizon];
        for (Forecaster f : members) {
            Forecast one = f.forecast(y, horizon, season);
            for (int h = 0; h < horizon; h++) {
                p50[h] += one.p50()[h] / members.size();
                p90[h] += one.p90()[h] / members.size();
            }
        }
        return new Forecast(p50, p90);
    }
}
