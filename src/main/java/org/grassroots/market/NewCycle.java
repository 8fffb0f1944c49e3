package org.grassroots.market;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.grassroots.common.EnterpriseId;

/**
 * A sales window for one hub, with the producers whose products it sells, its fee, its minimum
 * order and how shoppers get their orders.
 */
public record NewCycle(
        EnterpriseId hub,
        String name,
        Instant opensAt,
        Instant closesAt,
        Set<EnterpriseId> producers,
        HubFee fee,
        long minimumOrderMinor,
        String currency,
        List<NewFulfilment> fulfilment) {

    public NewCycle {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A cycle must close after it opens");
        }
        if (minimumOrderMinor < 0) {
            throw new IllegalArgumentException("The minimum order cannot be negative");
        }
        producers = Set.copyOf(producers);
        fulfilment = List.copyOf(fulfilment);
    }
}
