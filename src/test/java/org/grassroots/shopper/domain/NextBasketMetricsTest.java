package org.grassroots.shopper.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NextBasketMetricsTest {

    private static final int[] TRUTH = {3, 1, 2};
    // ideal DCG over all three true items: 1 + 1/log2(3) + 1/log2(4)
    private static final double IDEAL = 1 + 1 / (Math.log(3) / Math.log(2)) + 0.5;

    @Test
    void recallNdcgAndPhrMatchHandComputedValues() {
        int[] ranked = {1, 9, 2, 8};

        NextBasketMetrics.Scores at2 = NextBasketMetrics.at(2, ranked, TRUTH);
        assertThat(at2.recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(at2.ndcg()).isCloseTo(1 / IDEAL, within(1e-12)); // 0.4693
        assertThat(at2.phr()).isEqualTo(1);

        NextBasketMetrics.Scores at4 = NextBasketMetrics.at(4, ranked, TRUTH);
        assertThat(at4.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(at4.ndcg()).isCloseTo((1 + 0.5) / IDEAL, within(1e-12)); // hit at ranks 1 and 3
    }

    @Test
    void theIdealSumsOverEveryTrueItemSoAShortListCannotReachOne() {
        NextBasketMetrics.Scores perfect = NextBasketMetrics.at(1, new int[] {1}, TRUTH);
        assertThat(perfect.ndcg()).isCloseTo(1 / IDEAL, within(1e-12));
        assertThat(NextBasketMetrics.at(3, new int[] {2, 3, 1}, TRUTH).ndcg()).isCloseTo(1, within(1e-12));
    }

    @Test
    void aMissScoresZero() {
        NextBasketMetrics.Scores miss = NextBasketMetrics.at(10, new int[] {7, 8}, TRUTH);
        assertThat(miss.recall()).isZero();
        assertThat(miss.ndcg()).isZero();
        assertThat(miss.phr()).isZero();
    }
}
