package org.grassroots.market;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.GeoPoint;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.market.application.Carts;
import org.grassroots.market.application.MarketProblem;
import org.grassroots.market.application.Neighbourhoods;
import org.grassroots.market.application.Orders;
import org.grassroots.market.persistence.CycleStore;
import org.grassroots.market.persistence.OrderStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The market module's facade for other modules. */
@Service
public class MarketApi {

    private final CycleStore cycles;
    private final OrderStore orders;
    private final Carts carts;
    private final Orders hubOrders;
    private final Neighbourhoods neighbourhoods;
    private final CatalogApi catalog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MarketApi(
            CycleStore cycles,
            OrderStore orders,
            Carts carts,
            Orders hubOrders,
            Neighbourhoods neighbourhoods,
            CatalogApi catalog,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.cycles = cycles;
        this.orders = orders;
        this.carts = carts;
        this.hubOrders = hubOrders;
        this.neighbourhoods = neighbourhoods;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Creates a cycle as given, without the checks a hub manager's form gets (for imports and seeding). */
    @Transactional
    public CycleId createCycle(NewCycle cycle) {
        return cycles.insert(cycle);
    }

    /**
     * Imports finished orders in bulk; their stock effects are history and are not replayed. Those
     * not cancelled are published in one {@link OrderHistoryImported}, without the lines of variants
     * the catalog no longer has.
     */
    @Transactional
    public void importHistory(List<PastOrder> pastOrders) {
        List<Long> ids = orders.insertHistory(pastOrders);
        Map<VariantId, Variant> variants = catalog
                .variants(pastOrders.stream()
                        .flatMap(o -> o.lines().stream())
                        .map(PastOrder.Line::variant)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Variant::id, Function.identity()));
        List<OrderPlaced> placed = new ArrayList<>();
        for (int i = 0; i < pastOrders.size(); i++) {
            PastOrder o = pastOrders.get(i);
            if (o.status() != OrderStatus.CANCELLED) {
                placed.add(new OrderPlaced(
                        ids.get(i),
                        o.cycle(),
                        o.hub(),
                        o.shopper(),
                        o.lines().stream()
                                .filter(l -> variants.containsKey(l.variant()))
                                .map(l -> OrderPlaced.Item.of(variants.get(l.variant()), l.quantity()))
                                .toList()));
            }
        }
        if (!placed.isEmpty()) {
            events.publishEvent(new OrderHistoryImported(placed));
        }
    }

    /** One cycle, any state. */
    @Transactional(readOnly = true)
    public Optional<Cycle> cycle(CycleId id) {
        return cycles.find(id);
    }

    @Transactional(readOnly = true)
    public List<FulfilmentOption> fulfilmentOptions(CycleId cycle) {
        return cycles.find(cycle).map(Cycle::fulfilment).orElse(List.of());
    }

    /** The hub's cycles, newest first. */
    @Transactional(readOnly = true)
    public List<Cycle> cycles(EnterpriseId hub, int limit) {
        return cycles.ofHub(hub, limit);
    }

    /** The hub's cycle that is open now, if any. */
    @Transactional(readOnly = true)
    public Optional<Cycle> openCycle(EnterpriseId hub) {
        return cycles.currentOrNext(hub, clock.instant()).filter(c -> c.state(clock.instant()) == CycleState.OPEN);
    }

    /** Every line of the hub's orders that were not cancelled, by shopper, oldest order first. */
    @Transactional(readOnly = true)
    public List<Purchase> purchases(EnterpriseId hub) {
        return orders.purchases(hub);
    }

    /**
     * Adds each variant to the shopper's cart with every check the shop's add button makes (open
     * cycle, sold in it, in season, in stock, safe for the household), each in its own transaction,
     * so one that fails leaves the others added.
     *
     * @return for each variant that was not added, its product name and the reason, for the shopper to read
     */
    public List<String> addToCart(UserId shopper, CycleId cycle, Map<VariantId, Integer> quantities) {
        Map<VariantId, String> names = catalog.variants(List.copyOf(quantities.keySet())).stream()
                .collect(Collectors.toMap(Variant::id, Variant::productName));
        List<String> problems = new ArrayList<>();
        quantities.forEach((variant, quantity) -> {
            try {
                carts.add(shopper, cycle, variant, quantity);
            } catch (MarketProblem problem) {
                problems.add(names.getOrDefault(variant, "A product") + ": " + problem.getMessage());
            }
        });
        return problems;
    }

    /** The variants in the shopper's cart of the cycle. */
    @Transactional(readOnly = true)
    public List<Variant> cart(UserId shopper, CycleId cycle) {
        return carts.cart(shopper, cycle).lines().stream()
                .map(Carts.Line::variant)
                .toList();
    }

    /** The cycle's delivery orders that were not cancelled, with where and when to deliver them. */
    public List<DeliveryOrder> deliveries(EnterpriseId hub, CycleId cycle) {
        return hubOrders.deliveries(hub, cycle);
    }

    /**
     * Sends the hub's delivery orders out, packing those still placed.
     *
     * @return the orders now out for delivery; others (cancelled or already out meanwhile) are left alone
     */
    public List<Long> dispatch(EnterpriseId hub, List<Long> orderIds) {
        return hubOrders.dispatch(hub, orderIds);
    }

    /** The neighbourhoods shoppers choose for delivery, with their centres, in the order shown to them. */
    public Map<String, GeoPoint> deliveryAreas() {
        Map<String, GeoPoint> areas = new LinkedHashMap<>();
        neighbourhoods
                .names()
                .forEach(n -> areas.put(n, neighbourhoods.centre(n).orElseThrow()));
        return areas;
    }

    @Transactional(readOnly = true)
    public long countOrders() {
        return orders.countOrders();
    }
}
