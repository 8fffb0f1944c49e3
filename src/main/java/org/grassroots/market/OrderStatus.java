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

    /** As {@link #canTransitionTo}, and a pickup order is never out for delivery, nor a delivery ready for pickup. */
    public boolean canTransitionTo(OrderStatus next, FulfilmentKind fulfilment) {
        if (fulfilment == FulfilmentKind.PICKUP && next == OUT_FOR_DELIVERY) {
            return false;
        }
        if (fulfilment == FulfilmentKind.DELIVERY && next == READY_FOR_PICKUP) {
            return false;
        }
        return canTransitionTo(next);
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
