package org.grassroots.supply.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionAdjustedTest {

    /** 10 a week, 30 in weeks with a feature (code 1), every fifth week. */
    private static final int WEEKS = 60;

    @Test
    void learnsTheUpliftAndForecastsThePlannedPromotion() {
        double[] y = new double[WEEKS];
        int[] codes = new int[WEEKS + 4];
        for (int t = 0; t < codes.length; t++) {
            codes[t] = t % 5 == 0 ? 1 : 0;
            if (t < WEEKS) {
                y[t] = codes[t] == 1 ? 30 : 10;
            }
        }
        PromotionAdjusted promotion = PromotionAdjusted.learn(List.of(y), List.of(codes));

        assertThat(promotion.global(1)).isCloseTo(3, offset(1e-9));
        assertThat(promotion.global(2)).isEqualTo(1);
        // weeks 60..63: week 60 is featured
        double[] p = promotion.forSeries(new Ets(), codes).forecast(y, 4, 1).p50();
        assertThat(p[0]).isCloseTo(30, offset(0.5));
        assertThat(p[1]).isCloseTo(10, offset(0.2));
    }

    @Test
    void aSeriesWithFewPromotionWeeksLeansOnTheGlobalUplift() {
        double[] many = new double[40];
        int[] manyCodes = new int[40];
        for (int t = 0; t < 40; t++) {
            manyCodes[t] = t % 2;
            many[t] = t % 2 == 1 ? 40 : 10; // uplift 4
        }
        double[] few = new double[40];
        int[] fewCodes = new int[40];
        java.util.Arrays.fill(few, 10);
        fewCodes[10] = 1;
        few[10] = 10; // one featured week with no uplift
        PromotionAdjusted promotion = PromotionAdjusted.learn(List.of(many, few), List.of(manyCodes, fewCodes));

        double[] m = promotion.multipliers(few, fewCodes);
        // (1 × 1 + 4 × global) / (1 + 4), global the geometric mean of 4 and 1 = 2
        assertThat(m[1]).isCloseTo((1 + 4 * 2.0) / 5, offset(1e-9));
    }
}
