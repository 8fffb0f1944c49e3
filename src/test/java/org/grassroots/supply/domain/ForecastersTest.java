package org.grassroots.supply.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every method on series whose next values are obvious. */
class ForecastersTest {

    private static final List<Forecaster> ALL = List.of(
            Baselines.naive(),
            Baselines.seasonalNaive(),
            Baselines.movingAverage(),
            new Ets(),
            new Tsb(),
            new SeasonalProfile(),
            Combination.standard());

    @Test
    void aConstantSeriesIsForecastConstantByEveryMethod() {
        double[] y = new double[40];
        Arrays.fill(y, 12);
        for (Forecaster f : ALL) {
            for (double v : f.forecast(y, 5, 7).p50()) {
                assertThat(v).as(f.name()).isCloseTo(12, offset(0.05));
            }
        }
    }

    @Test
    void etsFollowsALinearTrend() {
        double[] y = new double[30];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 + 2 * t;
        }
        double[] p = new Ets().forecast(y, 3, 1).p50();

        assertThat(p[0]).isCloseTo(70, offset(1.0));
        assertThat(p[2]).isCloseTo(74, offset(1.5));
    }

    @Test
    void seasonalMethodsRepeatAPureWeeklyPattern() {
        double[] week = {5, 5, 5, 5, 20, 30, 10};
        double[] y = new double[8 * 7];
        for (int t = 0; t < y.length; t++) {
            y[t] = week[t % 7];
        }
        for (Forecaster f : List.of(Baselines.seasonalNaive(), new Ets(), new SeasonalProfile())) {
            double[] p = f.forecast(y, 7, 7).p50();
            for (int h = 0; h < 7; h++) {
                assertThat(p[h]).as("%s step %d", f.name(), h + 1).isCloseTo(week[h], offset(0.5));
            }
        }
    }

    @Test
    void tsbForecastsTheDemandRateOfAnIntermittentSeries() {
        // 4 units every 4th period: a rate of 1 per period
        double[] y = new double[80];
        for (int t = 3; t < y.length; t += 4) {
            y[t] = 4;
        }
        double[] p = new Tsb().forecast(y, 4, 1).p50();

        for (double v : p) {
            assertThat(v).isCloseTo(1, offset(0.35));
        }
    }

    @Test
    void theNinetiethPercentileIsNeverBelowTheMedianNorTheMedianBelowZero() {
        double[] y = {0, 3, 0, 0, 9, 1, 0, 0, 0, 2, 0, 5, 0, 0, 0, 1, 0, 0};
        for (Forecaster f : ALL) {
            Forecast forecast = f.forecast(y, 6, 7);
            for (int h = 0; h < 6; h++) {
                assertThat(forecast.p50()[h]).as(f.name()).isGreaterThanOrEqualTo(0);
                assertThat(forecast.p90()[h]).as(f.name()).isGreaterThanOrEqualTo(forecast.p50()[h]);
            }
        }
    }

    @Test
    void aForecastMadeAtAnOriginIgnoresEverythingAfterIt() {
        double[] y = new double[60];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 + (t % 7) + (t % 3);
        }
        double[] changed = y.clone();
        for (int t = 45; t < changed.length; t++) {
            changed[t] = 1_000;
        }
        for (Forecaster f : ALL) {
            double[][] before = org.grassroots.supply.domain.Backtest.rollingOrigin(f, y, 5, 3, 7);
            double[][] after = org.grassroots.supply.domain.Backtest.rollingOrigin(f, changed, 5, 3, 7);
            // the first origin is at 45: its forecast uses points 0..44 only
            assertThat(Arrays.copyOf(after[0], 5)).as(f.name()).containsExactly(Arrays.copyOf(before[0], 5));
        }
    }

    @Test
    void topDownGivesASeriesItsShareOfTheGroupsForecast() {
        double[] week = {5, 5, 5, 5, 20, 30, 10};
        double[] y = new double[8 * 7];
        double[] total = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            y[t] = week[t % 7];
            total[t] = 4 * week[t % 7]; // three other items sell three times as much together
        }
        for (Forecaster f : List.of(new TopDown(total, new Ets()), Combination.inGroup(total))) {
            double[] p = f.forecast(y, 7, 7).p50();
            for (int h = 0; h < 7; h++) {
                assertThat(p[h]).as("%s step %d", f.name(), h + 1).isCloseTo(week[h], offset(0.5));
            }
        }
    }

    @Test
    void topDownReadsTheGroupTotalOnlyBeforeTheOrigin() {
        double[] y = new double[60];
        double[] total = new double[60];
        for (int t = 0; t < y.length; t++) {
            y[t] = 10 + (t % 7);
            total[t] = 3 * y[t] + (t % 5);
        }
        double[] changed = total.clone();
        for (int t = 45; t < changed.length; t++) {
            changed[t] = 1_000;
        }
        double[] before =
                Combination.inGroup(total).forecast(Arrays.copyOf(y, 45), 5, 7).p50();
        double[] after = Combination.inGroup(changed)
                .forecast(Arrays.copyOf(y, 45), 5, 7)
                .p50();
        assertThat(after).containsExactly(before);
    }
}
