package org.grassroots.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void followsThePackingFlow() {
        assertThat(OrderStatus.PLACED.canTransitionTo(OrderStatus.PACKED)).isTrue();
        assertThat(OrderStatus.PACKED.canTransitionTo(OrderStatus.READY_FOR_PICKUP))
                .isTrue();
        assertThat(OrderStatus.PACKED.canTransitionTo(OrderStatus.OUT_FOR_DELIVERY))
                .isTrue();
        assertThat(OrderStatus.OUT_FOR_DELIVERY.canTransitionTo(OrderStatus.COMPLETED))
                .isTrue();
    }

    @Test
    void cannotSkipPackingOrLeaveAFinalState() {
        assertThat(OrderStatus.PLACED.canTransitionTo(OrderStatus.COMPLETED)).isFalse();
        assertThat(OrderStatus.COMPLETED.canTransitionTo(OrderStatus.CANCELLED)).isFalse();
        assertThat(OrderStatus.CANCELLED.canTransitionTo(OrderStatus.PLACED)).isFalse();
        assertThat(OrderStatus.OUT_FOR_DELIVERY.canTransitionTo(OrderStatus.CANCELLED))
                .isFalse();
    }

    @Test
    void pickupAndDeliveryOrdersFollowTheirOwnPath() {
        assertThat(OrderStatus.PACKED.canTransitionTo(OrderStatus.READY_FOR_PICKUP, FulfilmentKind.PICKUP))
                .isTrue();
        assertThat(OrderStatus.PACKED.canTransitionTo(OrderStatus.OUT_FOR_DELIVERY, FulfilmentKind.PICKUP))
                .isFalse();
        assertThat(OrderStatus.PACKED.canTransitionTo(OrderStatus.OUT_FOR_DELIVERY, FulfilmentKind.DELIVERY))
                .isTrue();
        assertThat(OrderStatus.PACKED.canTransitionTo(OrderStatus.READY_FOR_PICKUP, FulfilmentKind.DELIVERY))
                .isFalse();
    }
}
