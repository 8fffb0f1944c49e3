package org.grassroots.supply.domain;

import java.util.List;

/**
 * The grassroots forecaster: the mean of several forecasters, point forecasts and 90th percentiles
 * alike: {@link #standard()} for a series alone, {@link #inGroup} for one of a group of series. On the three evaluation data sets the mean of ETS, TSB and the seasonal profile beat
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

    /**
     * For a series in a group that shares its dates: the seasonal profile and the group's ETS
     * forecast shared down ({@link TopDown}); on Bread Basket and M5 this beat the standard members
     * with or without the top-down one added (docs/supply.md).
     */
    public static Combination inGroup(double[] groupTotal) {
        return new Combination(List.of(new SeasonalProfile(), new TopDown(groupTotal, new Ets())));
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
