package org.grassroots.market.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grassroots.market.CycleState;
import org.grassroots.market.HubFee;
import org.grassroots.market.domain.CheckoutPolicy.Accepted;
import org.grassroots.market.domain.CheckoutPolicy.Fulfilment;
import org.grassroots.market.domain.CheckoutPolicy.Line;
import org.grassroots.market.domain.CheckoutPolicy.Payment;
import org.grassroots.market.domain.CheckoutPolicy.Rejected;
import org.junit.jupiter.api.Test;

class CheckoutPolicyTest {

    private static final List<Line> BASKET = List.of(new Line(495, 2), new Line(1695, 1)); // 26.85
    private static final Fulfilment PICKUP = new Fulfilment(0, null);
    private static final Payment AT_PICKUP = new Payment(false, 0);

    @Test
    void totalsAddTheHubFeeAndTheDeliveryFee() {
        var decision = CheckoutPolicy.decide(
                CycleState.OPEN,
                BASKET,
                new HubFee(HubFee.Kind.PERCENT, 500),
                1000,
                new Fulfilment(350, 8.0),
                3.2,
                AT_PICKUP);

        assertThat(decision).isEqualTo(new Accepted(2685, 134, 350, 3169));
    }

    @Test
    void refusesAClosedCycleAnEmptyCartAndAMissingFulfilment() {
        assertThat(CheckoutPolicy.decide(CycleState.CLOSED, BASKET, HubFee.NONE, 0, PICKUP, null, AT_PICKUP))
                .isEqualTo(new Rejected("cycle", "This order cycle is not open."));
        assertThat(CheckoutPolicy.decide(CycleState.UPCOMING, BASKET, HubFee.NONE, 0, PICKUP, null, AT_PICKUP))
                .isInstanceOf(Rejected.class);
        assertThat(CheckoutPolicy.decide(CycleState.OPEN, List.of(), HubFee.NONE, 0, PICKUP, null, AT_PICKUP))
                .isEqualTo(new Rejected("cart", "Your cart is empty."));
        assertThat(CheckoutPolicy.decide(CycleState.OPEN, BASKET, HubFee.NONE, 0, null, null, AT_PICKUP))
                .isEqualTo(new Rejected("fulfilment", "Choose pickup or delivery."));
    }

    @Test
    void refusesBelowTheMinimumOrder() {
        assertThat(CheckoutPolicy.decide(CycleState.OPEN, BASKET, HubFee.NONE, 2686, PICKUP, null, AT_PICKUP))
                .isEqualTo(new Rejected("cart", "The minimum order for this cycle is not reached yet."));
        assertThat(CheckoutPolicy.decide(CycleState.OPEN, BASKET, HubFee.NONE, 2685, PICKUP, null, AT_PICKUP))
                .isInstanceOf(Accepted.class);
    }

    @Test
    void deliversOnlyInsideTheZone() {
        Fulfilment within8km = new Fulfilment(350, 8.0);

        assertThat(CheckoutPolicy.decide(CycleState.OPEN, BASKET, HubFee.NONE, 0, within8km, 8.5, AT_PICKUP))
                .isEqualTo(new Rejected("fulfilment", "Your address is outside this delivery zone."));
        assertThat(CheckoutPolicy.decide(CycleState.OPEN, BASKET, HubFee.NONE, 0, within8km, null, AT_PICKUP))
                .isInstanceOf(Rejected.class);
        assertThat(CheckoutPolicy.decide(CycleState.OPEN, BASKET, HubFee.NONE, 0, within8km, 7.9, AT_PICKUP))
                .isInstanceOf(Accepted.class);
    }

    @Test
    void creditMustCoverTheWholeTotal() {
        assertThat(CheckoutPolicy.decide(
                        CycleState.OPEN, BASKET, HubFee.NONE, 0, PICKUP, null, new Payment(true, 2684)))
                .isEqualTo(new Rejected("payment", "Your credit does not cover this order."));
        assertThat(CheckoutPolicy.decide(
                        CycleState.OPEN, BASKET, HubFee.NONE, 0, PICKUP, null, new Payment(true, 2685)))
                .isInstanceOf(Accepted.class);
    }
}
