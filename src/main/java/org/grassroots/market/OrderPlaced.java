package org.grassroots.market;

import java.util.List;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;

/** Published in the transaction that places an order; recorded in the event publication registry. */
public record OrderPlaced(long orderId, CycleId cycle, EnterpriseId hub, UserId shopper, List<Item> items) {

    public OrderPlaced {
        items = List.copyOf(items);
    }

    public record Item(VariantId variant, EnterpriseId producer, int quantity) {}
}
