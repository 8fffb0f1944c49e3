package org.grassroots.supply.domain;

/** The baselines: naive (the last value), seasonal naive (the value one season back) and a moving average. */
public final class Baselines {

    private Baselines() {}

    public static Forecaster naive() {
        return new Forecaster() {
            @Override
            public String name() {
                return "naive";
            }

            @Override
            public Forecast forecast(double[] y, int horizon, int season) {
                double[] point = new double[horizon];
                java.util.Arrays.fill(point, y[y.length - 1]);
                return Forecast.of(point, Stats.diffSd(y, 1), h -> Math.sqrt(h));
            }
        };
    }

    public static Forecaster seasonalNaive() {
        return new Forecaster() {
            @Override
            public String name() {
                return "snaive";
            }

            @Override
            public Forecast forecast(double[] y, int horizon, int season) {
                int s = Math.min(season, y.length);
                double[] point = new double[horizon];
                for (int h = 0; h < horizon; h++) {
                    point[h] = y[y.length - s + (h % s)];
                }
                return Forecast.of(point, Stats.diffSd(y, s), h -> Math.sqrt(Math.ceil((double) h / s)));
            }
        };
    }

    /** The mean of the last {@code season} points (at least one), flat over the horizon. */
    public static Forecaster movingAverage() {
        return new Forecaster() {
            @Override
            public String name() {
                return "ma";
            }

            @Override
            public Forecast forecast(double[] y, int horizon, int season) {
                int w = Math.max(1, Math.min(season, y.length));
                double mean = 0;
                for (int i = y.length - w; i < y.length; i++) {
                    mean += y[i];
                }
                mean /= w;
                double[] point = new double[horizon];
                java.util.Arrays.fill(point, mean);
                return Forecast.of(point, Stats.sd(y, y.length - w, y.length), h -> 1);
            }
        };
    }
}
