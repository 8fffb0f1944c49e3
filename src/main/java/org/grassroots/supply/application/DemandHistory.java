package org.grassroots.supply.application;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleId;
import org.grassroots.market.MarketApi;
import org.grassroots.market.OrderCancelled;
import org.grassroots.market.OrderHistoryImported;
import org.grassroots.market.OrderPlaced;
import org.grassroots.supply.persistence.DemandStore;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps demand history per variant and cycle from the market's order events (recorded in the event
 * publication registry, so a crash between an order and its history loses nothing). Amounts are
 * kept in the product's pricing unit, so a 500 g bag and a 1 kg bag add up to 1.5 kg; the events
 * carry the packs as they were sold, so nothing is read from the catalog.
 */
@Component
class DemandHistory {

    private final DemandStore demand;
    private final MarketApi market;
    private final Clock clock;

    DemandHistory(DemandStore demand, MarketApi market, Clock clock) {
        this.demand = demand;
        this.market = market;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        record(List.of(placed));
    }

    @ApplicationModuleListener
    void on(OrderHistoryImported imported) {
        record(imported.orders());
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        demand.forget(cancelled.orderId());
    }

    private void record(List<OrderPlaced> orders) {
        Map<CycleId, Optional<Instant>> closes = new HashMap<>();
        List<DemandStore.Line> lines = new ArrayList<>();
        for (OrderPlaced order : orders) {
            Optional<Instant> closesAt =
                    closes.computeIfAbsent(order.cycle(), id -> market.cycle(id).map(Cycle::closesAt));
            if (closesAt.isEmpty()) {
                continue; // a cycle deleted since: nothing to plan for
            }
            for (OrderPlaced.Item item : order.items()) {
                lines.add(new DemandStore.Line(
                        order.orderId(),
                        item.variant().value(),
                        item.product().value(),
                        item.producer().value(),
                        order.hub().value(),
                        order.cycle().value(),
                        closesAt.get(),
                        weekOf(LocalDate.ofInstant(closesAt.get(), clock.getZone())),
                        order.shopper().value(),
                        item.quantity(),
                        item.amount(),
                        item.unitKind().pricingUnit()));
            }
        }
        demand.record(lines);
    }

    /** The Monday of the day's week: cycles are planned by week. */
    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
