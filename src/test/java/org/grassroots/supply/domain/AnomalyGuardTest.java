package org.grassroots.supply.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import org.grassroots.supply.domain.AnomalyGuard.Flag;
import org.grassroots.supply.domain.AnomalyGuard.Kind;
import org.junit.jupiter.api.Test;

class AnomalyGuardTest {

    /** Weekly demand of 20, give or take 6, the same every run. */
    private static double[] weekly(int n, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 14 + random.nextInt(13);
        }
        return y;
    }

    @Test
    void quietHistoryRaisesNothing() {
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(AnomalyGuard.detect(weekly(40, seed), 52).flags()).isEmpty();
        }
    }

    @Test
    void duplicatedOrdersAreASpikeAndAreHeldOut() {
        double[] y = weekly(30, 3);
        y[24] += 60; // a bulk order entered three times
        AnomalyGuard.Result result = AnomalyGuard.detect(y, 52);
        assertThat(result.flags()).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(Kind.SPIKE);
            assertThat(flag.start()).isEqualTo(24);
            assertThat(flag.length()).isEqualTo(1);
            assertThat(flag.expected()).isBetween(16.0, 24.0);
        });
        assertThat(result.cleaned()[24]).isEqualTo(result.expected()[24]);
        assertThat(result.cleaned()[23]).isEqualTo(y[23]);
    }

    @Test
    void aCollapsedWeekIsADrop() {
        double[] y = weekly(30, 4);
        y[20] = 1;
        assertThat(AnomalyGuard.detect(y, 52).flags())
                .singleElement()
                .extracting(Flag::kind, Flag::start)
                .containsExactly(Kind.DROP, 20);
    }

    @Test
    void aLastingChangeIsOneLevelShift() {
        double[] y = weekly(30, 5);
        for (int t = 22; t < 30; t++) {
            y[t] *= 3;
        }
        assertThat(AnomalyGuard.detect(y, 52).flags()).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(Kind.SHIFT);
            assertThat(flag.start()).isEqualTo(22);
            assertThat(flag.length()).isEqualTo(8);
            assertThat(flag.ratio()).isGreaterThan(2);
        });
    }

    @Test
    void aWeekdayPatternIsNotAnAnomaly() {
        double[] y = new double[70];
        for (int t = 0; t < y.length; t++) {
            y[t] = t % 7 == 5 ? 60 : 10; // busy Saturdays
        }
        assertThat(AnomalyGuard.detect(y, 7).flags()).isEmpty();
        y[62] = 60; // a Saturday's demand on a Sunday
        assertThat(AnomalyGuard.detect(y, 7).flags())
                .singleElement()
                .extracting(Flag::kind, Flag::start)
                .containsExactly(Kind.SPIKE, 62);
    }

    @Test
    void confirmedDemandIsNeverFlaggedAgainAndBecomesTheNormal() {
        double[] y = weekly(30, 5);
        for (int t = 22; t < 30; t++) {
            y[t] *= 3;
        }
        AnomalyGuard.Result result = AnomalyGuard.detect(y, 52, Set.of(22, 23, 24, 25, 26, 27, 28, 29));
        assertThat(result.flags()).isEmpty();
        assertThat(result.cleaned()).containsExactly(y);
    }

    @Test
    void nothingIsFlaggedBeforeThereIsHistoryToJudgeBy() {
        double[] y = {5, 50, 5, 5, 0, 5};
        assertThat(AnomalyGuard.detect(y, 52).flags()).isEmpty();
    }
}
