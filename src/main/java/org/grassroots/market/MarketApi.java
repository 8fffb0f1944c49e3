package org.grassroots.market;

import java.util.List;
import org.grassroots.market.persistence.CycleStore;
import org.grassroots.market.persistence.OrderStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The market module's facade for other modules. */
@Service
public class MarketApi {

    private final CycleStore cycles;
    private final OrderStore orders;

    MarketApi(CycleStore cycles, OrderStore orders) {
        this.cycles = cycles;
        this.orders = orders;
    }

    /** Creates a cycle as given, without the checks a hub manager's form gets (for imports and seeding). */
    @Transactional
    public CycleId createCycle(NewCycle cycle) {
        return cycles.insert(cycle);
    }

    /** Imports finished orders in bulk; their stock effects are history and are not replayed. */
    @Transactional
    public void importHistory(List<PastOrder> pastOrders) {
        orders.insertHistory(pastOrders);
    }

    @Transactional(readOnly = true)
    public List<FulfilmentOption> fulfilmentOptions(CycleId cycle) {
        return cycles.find(cycle).map(Cycle::fulfilment).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public long countOrders() {
        return orders.countOrders();
    }
}
