package org.grassroots.market.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.UserId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleId;
import org.grassroots.market.CycleState;
import org.grassroots.market.DeliveryOrder;
import org.grassroots.market.FulfilmentKind;
import org.grassroots.market.FulfilmentOption;
import org.grassroots.market.OrderCancelled;
import org.grassroots.market.OrderLine;
import org.grassroots.market.OrderStatus;
import org.grassroots.market.OrderView;
import org.grassroots.market.PaymentMethod;
import org.grassroots.market.persistence.CreditStore;
import org.grassroots.market.persistence.CycleStore;
import org.grassroots.market.persistence.OrderStore;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders after checkout: a shopper's history and cancellations, a hub's order list and status
 * changes, a producer's incoming orders. Every read and write checks whose order it is; an order
 * that is not the caller's is "not found", so its existence does not leak.
 */
@Service
public class Orders {

    private static final int HISTORY = 200;

    private final OrderStore orders;
    private final CycleStore cycles;
    private final CreditStore credit;
    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final NetworkApi network;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Orders(
            OrderStore orders,
            CycleStore cycles,
            CreditStore credit,
            CatalogApi catalog,
            IdentityApi identity,
            NetworkApi network,
            ApplicationEventPublisher events,
            Clock clock) {
        this.orders = orders;
        this.cycles = cycles;
        this.credit = credit;
        this.catalog = catalog;
        this.identity = identity;
        this.network = network;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OrderView> history(UserId shopper) {
        return orders.ofShopper(shopper, HISTORY);
    }

    @Transactional(readOnly = true)
    public OrderView ofShopper(UserId shopper, long orderId) {
        return orders.find(orderId)
                .filter(o -> o.shopper().equals(shopper))
                .orElseThrow(() -> MarketProblem.notFound("This order"));
    }

    /** Whether the shopper may still cancel: the order is placed and its cycle still open. */
    @Transactional(readOnly = true)
    public boolean cancellable(OrderView order) {
        return order.status() == OrderStatus.PLACED
                && cycles.find(order.cycle())
                        .map(c -> c.state(clock.instant()) == CycleState.OPEN)
                        .orElse(false);
    }

    /** Cancels the shopper's order while its cycle is open: stock goes back, credit is refunded. */
    @Transactional
    public OrderView cancel(UserId shopper, long orderId) {
        OrderView order = ofShopper(shopper, orderId);
        if (!cancellable(order)) {
            throw MarketProblem.conflict("status", "This order can no longer be cancelled.");
        }
        if (!orders.transition(orderId, OrderStatus.PLACED, OrderStatus.CANCELLED)) {
            throw MarketProblem.conflict("status", "This order changed meanwhile; reload to see it.");
        }
        for (OrderLine line : order.lines()) {
            catalog.release(line.variant(), line.quantity());
        }
        if (order.payment() == PaymentMethod.CREDIT) {
            credit.append(
                    shopper, order.hub(), order.total(), "Refund of cancelled order #" + orderId, orderId, shopper);
        }
        events.publishEvent(new OrderCancelled(orderId, order.cycle(), order.hub(), shopper));
        return ofShopper(shopper, orderId);
    }

    /** A hub's orders, newest first, with shoppers' names. */
    @Transactional(readOnly = true)
    public List<OrderView> ofHub(EnterpriseId hub, CycleId cycle, OrderStatus status, int limit) {
        return withShopperNames(orders.ofHub(hub, cycle, status, limit));
    }

    @Transactional(readOnly = true)
    public OrderView ofHub(EnterpriseId hub, long orderId) {
        return orders.find(orderId)
                .filter(o -> o.hub().equals(hub))
                .map(o -> withShopperNames(List.of(o)).get(0))
                .orElseThrow(() -> MarketProblem.notFound("This order"));
    }

    /** The cycle's delivery orders that were not cancelled, oldest first, with where and when to deliver. */
    @Transactional(readOnly = true)
    public List<DeliveryOrder> deliveries(EnterpriseId hub, CycleId cycleId) {
        Cycle cycle = cycle(cycleId);
        if (!cycle.hub().equals(hub)) {
            throw MarketProblem.notFound("This order cycle");
        }
        Map<Long, OrderStore.DeliveryPoint> points = orders.deliveryPoints(hub, cycleId);
        Map<Long, FulfilmentOption> options =
                cycle.fulfilment().stream().collect(Collectors.toMap(FulfilmentOption::id, o -> o));
        List<OrderView> views = new ArrayList<>(ofHub(hub, cycleId, null, Integer.MAX_VALUE).stream()
                .filter(o -> points.containsKey(o.id()))
                .toList());
        Collections.reverse(views);
        return views.stream()
                .map(o -> {
                    OrderStore.DeliveryPoint point = points.get(o.id());
                    FulfilmentOption option = options.get(point.fulfilmentOption());
                    return new DeliveryOrder(
                            o.id(),
                            o.shopperName(),
                            o.status(),
                            o.deliveryAddress(),
                            point.location(),
                            o.note(),
                            option.windowStartsAt(),
                            option.windowEndsAt(),
                            o.lines());
                })
                .toList();
    }

    /**
     * Sends the hub's orders out for delivery, packing those still placed; orders cancelled or already
     * out meanwhile are left as they are.
     *
     * @return the ids of the orders now out for delivery because of this call
     */
    @Transactional
    public List<Long> dispatch(EnterpriseId hub, List<Long> orderIds) {
        List<Long> dispatched = new ArrayList<>();
        for (long id : orderIds) {
            OrderView order = ofHub(hub, id);
            if (order.fulfilmentKind() != FulfilmentKind.DELIVERY) {
                continue;
            }
            OrderStatus status = order.status();
            if (status == OrderStatus.PLACED && orders.transition(id, OrderStatus.PLACED, OrderStatus.PACKED)) {
                status = OrderStatus.PACKED;
            }
            if (status == OrderStatus.PACKED
                    && orders.transition(id, OrderStatus.PACKED, OrderStatus.OUT_FOR_DELIVERY)) {
                dispatched.add(id);
            }
        }
        return dispatched;
    }

    /** Moves a hub's order along its lifecycle; a cancellation by the hub returns stock and credit. */
    @Transactional
    public OrderView advance(EnterpriseId hub, long orderId, OrderStatus to, UserId by) {
        OrderView order = ofHub(hub, orderId);
        if (!order.status().canTransitionTo(to, order.fulfilmentKind())) {
            throw MarketProblem.conflict(
                    "status", "An order that is " + label(order.status()) + " cannot become " + label(to) + ".");
        }
        if (!orders.transition(orderId, order.status(), to)) {
            throw MarketProblem.conflict("status", "This order changed meanwhile; reload to see it.");
        }
        if (to == OrderStatus.CANCELLED) {
            order.lines().forEach(l -> catalog.release(l.variant(), l.quantity()));
            if (order.payment() == PaymentMethod.CREDIT) {
                credit.append(
                        order.shopper(),
                        hub,
                        order.total(),
                        "Refund: order #" + orderId + " cancelled by the hub",
                        orderId,
                        by);
            }
            events.publishEvent(new OrderCancelled(orderId, order.cycle(), hub, order.shopper()));
        }
        return ofHub(hub, orderId);
    }

    /** Orders with the producer's items (only those lines), newest first. */
    @Transactional(readOnly = true)
    public List<OrderView> forProducer(EnterpriseId producer, int limit) {
        return withShopperNames(orders.forProducer(producer, limit));
    }

    /** Cycle of an order, for pages that link back to it. */
    @Transactional(readOnly = true)
    public Cycle cycle(CycleId id) {
        return cycles.find(id).orElseThrow(() -> MarketProblem.notFound("This order cycle"));
    }

    /** Balance of the shopper's credit with the hub. */
    @Transactional(readOnly = true)
    public Money creditBalance(UserId shopper, EnterpriseId hub, String currency) {
        return Money.of(credit.balance(shopper, hub), currency);
    }

    /** A balance of customer credit with one hub. */
    public record CreditBalance(String hub, Money balance) {}

    /** The shopper's credit with each hub that has ever held some for it. */
    @Transactional(readOnly = true)
    public List<CreditBalance> creditBalances(UserId shopper, String currency) {
        Map<Long, Long> balances = credit.balances(shopper);
        Map<EnterpriseId, Enterprise> hubs = network.findAll(
                balances.keySet().stream().map(EnterpriseId::new).toList());
        return balances.entrySet().stream()
                .map(e -> new CreditBalance(
                        hubs.containsKey(new EnterpriseId(e.getKey()))
                                ? hubs.get(new EnterpriseId(e.getKey())).name()
                                : "Hub #" + e.getKey(),
                        Money.of(e.getValue(), currency)))
                .toList();
    }

    private List<OrderView> withShopperNames(List<OrderView> views) {
        Map<UserId, String> names = identity.displayNames(
                views.stream().map(OrderView::shopper).distinct().toList());
        return views.stream()
                .map(o -> o.withShopperName(names.getOrDefault(o.shopper(), "Shopper #" + o.shopper())))
                .toList();
    }

    private static String label(OrderStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
