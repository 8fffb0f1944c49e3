package org.grassroots.shopper.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grassroots.shopper.domain.BasketFiller.Candidate;
import org.grassroots.shopper.domain.BasketFiller.Pick;
import org.junit.jupiter.api.Test;

class BasketFillerTest {

    @Test
    void takesTheBestFirstAtTheUsualQuantityWithinBudget() {
        List<Pick> picks = BasketFiller.fill(
                List.of(new Candidate(1, 11, 300, 10, 2), new Candidate(2, 12, 500, 10, 1)), 1_000, 10, subtotal -> 0);

        assertThat(picks)
                .extracting(p -> p.candidate().item(), Pick::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2));
    }

    @Test
    void lowersTheQuantityToStockAndToTheBudgetAndSkipsWhatNoLongerFits() {
        List<Pick> picks = BasketFiller.fill(
                List.of(
                        new Candidate(1, 11, 200, 3, 5), // only 3 in stock
                        new Candidate(2, 12, 900, 10, 1), // no longer fits
                        new Candidate(3, 13, 150, BasketFiller.UNLIMITED, 4)), // fits twice
                1_000,
                10,
                subtotal -> 0);

        assertThat(picks)
                .extracting(p -> p.candidate().item(), Pick::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3), org.assertj.core.groups.Tuple.tuple(3, 2));
        assertThat(picks.stream().mapToLong(Pick::amountMinor).sum()).isEqualTo(900);
    }

    @Test
    void theFeeCountsAgainstTheBudgetAndTheLineLimitHolds() {
        // a flat fee of 200 leaves 800 for goods
        List<Pick> picks = BasketFiller.fill(
                List.of(new Candidate(1, 11, 400, 10, 3), new Candidate(2, 12, 100, 10, 1)),
                1_000,
                1,
                subtotal -> subtotal == 0 ? 0 : 200);

        assertThat(picks)
                .extracting(p -> p.candidate().item(), Pick::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2));
    }

    @Test
    void aBudgetBelowEveryPriceGivesAnEmptyBasket() {
        assertThat(BasketFiller.fill(List.of(new Candidate(1, 11, 400, 10, 1)), 100, 10, s -> 0))
                .isEmpty();
    }
}
