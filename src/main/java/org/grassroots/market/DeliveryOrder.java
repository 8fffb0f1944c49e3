package org.grassroots.market;

import java.time.Instant;
import java.util.List;
import org.grassroots.common.GeoPoint;

/**
 * An order to take to a household: where, when it can be received (the delivery option's window),
 * what is in it, and what the shopper wrote for the driver.
 */
public record DeliveryOrder(
        long id,
        String shopperName,
        OrderStatus status,
        String address,
        GeoPoint location,
        String note,
        Instant windowStart,
        Instant windowEnd,
        List<OrderLine> lines) {

    public DeliveryOrder {
        lines = List.copyOf(lines);
    }

    /** Still to go out: placed or packed. */
    public boolean awaitingDispatch() {
        return status == OrderStatus.PLACED || status == OrderStatus.PACKED;
    }
}
