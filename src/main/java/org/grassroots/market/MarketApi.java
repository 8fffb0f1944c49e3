package org.grassroots.market;

import java.util.List;
import org.grassroots.market.persistence.OrderStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The market module's facade. */
@Service
public class MarketApi {

    private final OrderStore orders;

    MarketApi(OrderStore orders) {
        this.orders = orders;
    }

    @Transactional
    public CycleId createCycle(NewCycle cycle) {
        return orders.insertCycle(cycle);
    }

    /** Imports finished orders in bulk; their stock effects are history and are not replayed. */
    @Transactional
    public void importHistory(List<PastOrder> pastOrders) {
        orders.insertAll(pastOrders);
    }

    @Transactional(readOnly = true)
    public long countOrders() {
        return orders.countOrders();
    }
}
