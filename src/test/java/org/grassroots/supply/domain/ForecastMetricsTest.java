package org.grassroots.supply.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** RMSSE, MASE, WAPE and pinball loss against values computed by hand. */
class ForecastMetricsTest {

    @Test
    void matchesHandComputedValues() {
        ForecastMetrics m = new ForecastMetrics();
        // training 1, 3, 2, 4: one-step changes 2, -1, 2: squared mean 3, absolute mean 5/3
        boolean added = m.add(new double[] {1, 3, 2, 4}, new double[] {5, 3}, new double[] {4, 4}, new double[] {6, 5});

        assertThat(added).isTrue();
        // errors 1 and -1: MSE 1, MAE 1
        assertThat(m.rmsse()).isCloseTo(Math.sqrt(1.0 / 3), offset(1e-12));
        assertThat(m.mase()).isCloseTo(1 / (5.0 / 3), offset(1e-12));
        // |errors| 2 over |actuals| 8
        assertThat(m.wape()).isCloseTo(0.25, offset(1e-12));
        // pinball at 0.9: actual 5 vs 6 -> 0.1 x 1; actual 3 vs 5 -> 0.1 x 2: mean 0.15, scaled by 5/3
        assertThat(m.pinball90()).isCloseTo(0.15 / (5.0 / 3), offset(1e-12));
    }

    @Test
    void averagesOverSeriesAndSkipsAHistoryWithoutChange() {
        ForecastMetrics m = new ForecastMetrics();
        m.add(new double[] {0, 2}, new double[] {2}, new double[] {2}, new double[] {2}); // perfect: 0
        m.add(new double[] {0, 2}, new double[] {4}, new double[] {2}, new double[] {2}); // error 2, scale 4: 1

        assertThat(m.add(new double[] {5, 5, 5}, new double[] {5}, new double[] {5}, new double[] {5}))
                .isFalse();
        assertThat(m.series()).isEqualTo(2);
        assertThat(m.rmsse()).isCloseTo(0.5, offset(1e-12));
    }
}
