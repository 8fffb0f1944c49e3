package org.grassroots.market;

import java.util.EnumSet;
import java.util.Set;

/** Where an order is in its life: placed → packed → ready or out for delivery → completed; or cancelled. */
public enum OrderStatus {
    PLACED,
    PACKED,
    READY_FOR_PICKUP,
    OUT_FOR_DELIVERY,
    COMPLETED,
    CANCELLED;

    public boolean canTransitionTo(OrderStatus next) {
        return next(this).contains(next);
    }

    private static Set<OrderStatus> next(OrderStatus status) {
        return switch (status) {
            case PLACED -> EnumSet.of(PACKED, CANCELLED);
            case PACKED -> EnumSet.of(READY_FOR_PICKUP, OUT_FOR_DELIVERY, CANCELLED);
            case READY_FOR_PICKUP, OUT_FOR_DELIVERY -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
