package org.grassroots.shopper.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tiny hand-made histories where the right answer is obvious. */
class NextBasketModelsTest {

    /** Own history only, with a within-history decay: no neighbours, no popularity, no repeat factor. */
    private static final TifuKnn.Params OWN_ONLY = new TifuKnn.Params(1, 0.8, 1, 0, 1, 0, 0);

    @Test
    void anItemBoughtEveryWeekRanksFirst() {
        Baskets baskets = Baskets.of(List.of(List.of(new int[] {1, 2}, new int[] {1, 3}, new int[] {4, 1})), 5);

        assertThat(items(TifuKnn.fit(baskets, OWN_ONLY), 0, 1)).containsExactly(1);
        assertThat(items(TifuKnn.fit(baskets, TifuKnn.Params.DEFAULT), 0, 1)).containsExactly(1);
        assertThat(items(TopFrequency.personal(baskets), 0, 1)).containsExactly(1);
    }

    @Test
    void recentPurchasesOutrankOlderOnes() {
        Baskets baskets = Baskets.of(List.of(List.of(new int[] {5}, new int[] {6}, new int[] {7})), 8);

        assertThat(items(TifuKnn.fit(baskets, OWN_ONLY), 0, 3)).containsExactly(7, 6, 5);
    }

    @Test
    void householdsWithSimilarBasketsSuggestWhatTheyBuyAndStrangersDoNot() {
        Baskets baskets = Baskets.of(
                List.of(
                        List.of(new int[] {1, 2}),
                        List.of(new int[] {1, 2, 3}, new int[] {1, 2, 3}),
                        List.of(new int[] {7, 8}, new int[] {7, 8}, new int[] {7, 8})),
                9);
        TifuKnn model = TifuKnn.fit(baskets, new TifuKnn.Params(1, 1, 1, 1, 0.7, 0, 0));

        assertThat(model.neighbours(0)).containsExactly(1);
        List<Scored> top = model.recommend(0, 3);
        assertThat(top).extracting(Scored::item).containsExactly(1, 2, 3);
        assertThat(top.get(2).personal()).isZero();
        assertThat(top.get(2).neighbours()).isPositive();
    }

    @Test
    void personalTopFrequencyPadsAShortHistoryWithPopularItems() {
        Baskets baskets = Baskets.of(
                List.of(List.of(new int[] {4}), List.of(new int[] {2, 3}), List.of(new int[] {3}), List.of(new int[] {3
                })),
                5);

        assertThat(items(TopFrequency.personal(baskets), 0, 3)).containsExactly(4, 3, 2);
        assertThat(items(TopFrequency.global(baskets), 0, 2)).containsExactly(3, 2);
    }

    @Test
    void theSameDataGiveTheSameRankingEveryTime() {
        Baskets baskets = Baskets.of(
                List.of(
                        List.of(new int[] {1, 2, 3}, new int[] {2, 4}),
                        List.of(new int[] {1, 4}, new int[] {5}),
                        List.of(new int[] {2, 5}, new int[] {3})),
                6);

        assertThat(items(TifuKnn.fit(baskets, TifuKnn.Params.DEFAULT), 0, 6))
                .containsExactlyElementsOf(items(TifuKnn.fit(baskets, TifuKnn.Params.DEFAULT), 0, 6));
    }

    private static List<Integer> items(NextBasketModel model, int household, int k) {
        return model.recommend(household, k).stream().map(Scored::item).toList();
    }
}
