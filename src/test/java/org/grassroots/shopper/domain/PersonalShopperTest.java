package org.grassroots.shopper.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.shopper.domain.PersonalShopper.Line;
import org.grassroots.shopper.domain.PersonalShopper.PastBasket;
import org.grassroots.shopper.domain.PersonalShopper.Suggestion;
import org.junit.jupiter.api.Test;

class PersonalShopperTest {

    private static final Instant MONDAY = Instant.parse("2026-10-05T10:00:00Z");

    /** Household 0 buys bread (item 1) every week and milk (item 2) once; household 1 is like it and buys eggs (3). */
    private final PersonalShopper shopper = PersonalShopper.learn(
            List.of(
                    weeks(new int[][] {{1, 2}, {1}, {1}, {1}}),
                    weeks(new int[][] {{1, 3}, {1, 3}, {1, 3}}),
                    weeks(new int[][] {{4}, {4}})),
            5,
            TifuKnn.Params.DEFAULT);

    @Test
    void explainsAStapleWithTheHouseholdsOwnCounts() {
        Suggestion bread = shopper.suggest(0, 1, i -> true, null).get(0);

        assertThat(bread.item()).isEqualTo(1);
        assertThat(bread.habit().recentWithItem()).isEqualTo(4);
        assertThat(bread.habit().recentOrders()).isEqualTo(4);
        assertThat(bread.habit().lastBought()).isEqualTo(MONDAY.plusSeconds(3 * 7 * 86_400));
        assertThat(bread.habit().usualQuantity()).isEqualTo(2);
        assertThat(bread.habit().usualVariant()).isEqualTo(101);
        assertThat(bread.scored().personal()).isPositive();
    }

    @Test
    void theScorePartsAddUpToTheScoreIncludingThePreference() {
        for (Suggestion s : shopper.suggest(0, 5, i -> true, i -> i == 3 ? 0.1 : 0)) {
            Scored p = s.scored();
            assertThat(p.personal() + p.neighbours() + p.popularity() + p.preference())
                    .isCloseTo(p.score(), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void anItemNeverBoughtIsExplainedBySimilarHouseholds() {
        Suggestion eggs = shopper.suggest(0, 5, i -> i == 3, null).get(0);

        assertThat(eggs.habit().bought()).isFalse();
        assertThat(eggs.habit().usualQuantity()).isEqualTo(1);
        assertThat(eggs.similarBuying()).isEqualTo(1);
        assertThat(eggs.scored().neighbours()).isPositive();
    }

    @Test
    void onlyEligibleItemsAreSuggestedEvenWhenTheHistoryIsFullOfOthers() {
        assertThat(shopper.suggest(0, 5, i -> i != 1 && i != 2, null))
                .extracting(Suggestion::item)
                .doesNotContain(1, 2)
                .isNotEmpty();
    }

    @Test
    void aNewHouseholdGetsPopularItemsAndNoHabits() {
        List<Suggestion> top = shopper.suggest(TifuKnn.NEW_HOUSEHOLD, 2, i -> true, null);

        assertThat(top).extracting(Suggestion::item).containsExactly(1, 2); // 2 ties with 3 and 4: the lower id
        assertThat(top.get(0).scored().personal()).isZero();
        assertThat(top.get(0).similarHouseholds()).isZero();
        assertThat(shopper.usualBasketSize(TifuKnn.NEW_HOUSEHOLD)).isZero();
    }

    @Test
    void aPreferenceBreaksCloseScoresButNotClearOnes() {
        // items 3 and 4 are each bought by one other household: equal popularity for a new household
        List<Suggestion> plain = shopper.suggest(TifuKnn.NEW_HOUSEHOLD, 2, i -> i >= 3, null);
        List<Suggestion> preferring = shopper.suggest(TifuKnn.NEW_HOUSEHOLD, 2, i -> i >= 3, i -> i == 4 ? 0.1 : 0);

        assertThat(plain).extracting(Suggestion::item).containsExactly(3, 4);
        assertThat(preferring).extracting(Suggestion::item).containsExactly(4, 3);
        assertThat(shopper.suggest(TifuKnn.NEW_HOUSEHOLD, 1, i -> true, i -> i == 4 ? 0.1 : 0))
                .extracting(Suggestion::item)
                .containsExactly(1);
    }

    @Test
    void theUsualBasketSizeIsTheMedianOfRecentOrders() {
        assertThat(shopper.usualBasketSize(0)).isEqualTo(1);
        assertThat(shopper.usualBasketSize(1)).isEqualTo(2);
    }

    /** One order a week from MONDAY; item i is bought as variant 100 + i, two at a time. */
    private static List<PastBasket> weeks(int[][] items) {
        List<PastBasket> orders = new ArrayList<>();
        for (int w = 0; w < items.length; w++) {
            List<Line> lines = new ArrayList<>();
            for (int item : items[w]) {
                lines.add(new Line(item, 100 + item, 2));
            }
            orders.add(new PastBasket(MONDAY.plusSeconds(w * 7L * 86_400), lines));
        }
        return orders;
    }
}
