package org.grassroots.market;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.grassroots.common.EnterpriseId;

/** An order cycle of one hub. Its state follows from the clock: see {@link #state(Instant)}. */
public record Cycle(
        CycleId id,
        EnterpriseId hub,
        String name,
        Instant opensAt,
        Instant closesAt,
        Set<EnterpriseId> producers,
        HubFee fee,
        long minimumOrderMinor,
        String currency,
        List<FulfilmentOption> fulfilment) {

    public Cycle {
        producers = Set.copyOf(producers);
        fulfilment = List.copyOf(fulfilment);
    }

    public CycleState state(Instant now) {
        return CycleState.at(opensAt, closesAt, now);
    }
}
