package org.grassroots.flavor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** hit@k and MRR against values computed by hand. */
class CompletionMetricsTest {

    @Test
    void ranksSkipTheCombinationAndBreakTiesByLowerId() {
        int[] candidates = {1, 2, 3, 4, 5};
        double[] scores = {0.9, 0.5, 0.5, 0.7, 0.1};

        // 1 is in the combination, so 4 (0.7) is first, then 2 and 3 tie at 0.5: 2 first
        assertThat(CompletionMetrics.rank(scores, candidates, 4, new int[] {1})).isEqualTo(1);
        assertThat(CompletionMetrics.rank(scores, candidates, 2, new int[] {1})).isEqualTo(2);
        assertThat(CompletionMetrics.rank(scores, candidates, 3, new int[] {1})).isEqualTo(3);
        assertThat(CompletionMetrics.rank(scores, candidates, 3, new int[] {})).isEqualTo(4);
        assertThat(CompletionMetrics.rank(scores, candidates, 9, new int[] {})).isZero();
    }

    @Test
    void hitAtKAndMrrMatchHandComputedValues() {
        CompletionMetrics m = new CompletionMetrics();
        m.add(1); // hit@1, hit@10, 1
        m.add(4); // hit@10, 1/4
        m.add(12); // 1/12
        m.add(0); // unknown target: a miss

        assertThat(m.queries()).isEqualTo(4);
        assertThat(m.hitAt1()).isEqualTo(0.25);
        assertThat(m.hitAt10()).isEqualTo(0.5);
        assertThat(m.mrr()).isCloseTo((1 + 0.25 + 1 / 12.0) / 4, offset(1e-12));
    }
}
