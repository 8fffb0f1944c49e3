package org.grassroots.market;

import java.util.List;

/**
 * Published when finished orders are imported in bulk (from another platform, or the demo market):
 * each order that was not cancelled, as if it had just been placed, so modules that learn from
 * orders (demand history, for one) see the same history the order tables hold.
 */
public record OrderHistoryImported(List<OrderPlaced> orders) {

    public OrderHistoryImported {
        orders = List.copyOf(orders);
    }
}
