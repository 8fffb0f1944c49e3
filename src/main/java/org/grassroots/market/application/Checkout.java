package org.grassroots.market.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Reservation;
import org.grassroots.common.GeoPoint;
import org.grassroots.common.Money;
import org.grassroots.common.UserId;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleId;
import org.grassroots.market.FulfilmentKind;
import org.grassroots.market.FulfilmentOption;
import org.grassroots.market.OrderLine;
import org.grassroots.market.OrderPlaced;
import org.grassroots.market.OrderStatus;
import org.grassroots.market.OrderView;
import org.grassroots.market.PaymentMethod;
import org.grassroots.market.domain.CheckoutPolicy;
import org.grassroots.market.persistence.CartStore;
import org.grassroots.market.persistence.CreditStore;
import org.grassroots.market.persistence.CycleStore;
import org.grassroots.market.persistence.OrderStore;
import org.grassroots.network.NetworkApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a cart into an order in one transaction: the rules of {@link CheckoutPolicy}, one
 * conditional stock update per line, the credit ledger, the order itself and the
 * {@link OrderPlaced} event. Anything that fails rolls all of it back. An idempotency key makes a
 * retried request return the order the first one created.
 */
@Service
public class Checkout {

    /**
     * @param neighbourhood for delivery: where the shopper lives (see {@link Neighbourhoods})
     * @param idempotencyKey the client's key for this attempt; the same key never places two orders
     * @param acknowledgeRisks the shopper confirms they understand the safety warnings of their basket
     */
    public record Request(
            long fulfilmentOptionId,
            PaymentMethod payment,
            String note,
            String deliveryAddress,
            String neighbourhood,
            String idempotencyKey,
            boolean acknowledgeRisks) {

        public Request(
                long fulfilmentOptionId,
                PaymentMethod payment,
                String note,
                String deliveryAddress,
                String neighbourhood,
                String idempotencyKey) {
            this(fulfilmentOptionId, payment, note, deliveryAddress, neighbourhood, idempotencyKey, false);
        }
    }

    public sealed interface Result {}

    /** The order as it was stored, so that the caller can answer without reading it back. */
    public record Placed(OrderView order) implements Result {
        public long orderId() {
            return order.id();
        }
    }

    /** The key was used before: this is the order it placed. */
    public record AlreadyPlaced(long orderId) implements Result {}

    public record Rejected(String field, String reason) implements Result {}

    public record OutOfStock(List<Shortage> shortages) implements Result {}

    public record Shortage(String productName, String packName, int wanted, int available) {}

    static final int MAX_NOTE = 1000;

    private final CycleStore cycles;
    private final CartStore carts;
    private final OrderStore orders;
    private final CreditStore credit;
    private final CatalogApi catalog;
    private final NetworkApi network;
    private final Carts cartView;
    private final Neighbourhoods neighbourhoods;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Checkout(
            CycleStore cycles,
            CartStore carts,
            OrderStore orders,
            CreditStore credit,
            CatalogApi catalog,
            NetworkApi network,
            Carts cartView,
            Neighbourhoods neighbourhoods,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cycles = cycles;
        this.carts = carts;
        this.orders = orders;
        this.credit = credit;
        this.catalog = catalog;
        this.network = network;
        this.cartView = cartView;
        this.neighbourhoods = neighbourhoods;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    public Result place(UserId shopper, CycleId cycleId, Request request) {
        Optional<Rejected> invalid = validate(request);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        return transaction.execute(status -> {
            if (request.idempotencyKey() != null) {
                Optional<Long> earlier = orders.findByIdempotencyKey(shopper, request.idempotencyKey());
                if (earlier.isPresent()) {
                    return new AlreadyPlaced(earlier.get());
                }
            }
            Result result = placeInTransaction(shopper, cycleId, request);
            if (!(result instanceof Placed)) {
                status.setRollbackOnly();
            }
            return result;
        });
    }

    private Result placeInTransaction(UserId shopper, CycleId cycleId, Request request) {
        Cycle cycle = cycles.find(cycleId).orElseThrow(() -> MarketProblem.notFound("This order cycle"));
        Carts.Cart cart = cartView.cart(shopper, cycleId);
        FulfilmentOption option = cycle.fulfilment().stream()
                .filter(o -> o.id() == request.fulfilmentOptionId())
                .findFirst()
                .orElse(null);
        GeoPoint deliveryPoint = option != null && option.kind() == FulfilmentKind.DELIVERY
                ? neighbourhoods.centre(request.neighbourhood()).orElse(null)
                : null;
        if (option != null && option.kind() == FulfilmentKind.DELIVERY) {
            if (request.deliveryAddress() == null || request.deliveryAddress().isBlank()) {
                return new Rejected("deliveryAddress", "Enter the address to deliver to.");
            }
            if (deliveryPoint == null) {
                return new Rejected("neighbourhood", "Choose your neighbourhood for delivery.");
            }
        }
        for (Carts.Line line : cart.unsafe()) {
            if (line.safety().blocked()) {
                return new Rejected(
                        "items",
                        "Remove " + line.variant().productName() + " to keep your household safe: "
                                + line.safety().summary() + ".");
            }
        }
        if (!cart.unsafe().isEmpty() && !request.acknowledgeRisks()) {
            return new Rejected(
                    "acknowledgeRisks",
                    "Your basket has products that are not safe for everyone in your household. Confirm that you"
                            + " understand the warnings, or remove them.");
        }
        boolean byCredit = request.payment() == PaymentMethod.CREDIT;
        Double deliveryKm = deliveryPoint == null
                ? null
                : deliveryPoint.distanceKmTo(
                        network.find(cycle.hub()).orElseThrow().location());
        CheckoutPolicy.Decision decision = CheckoutPolicy.decide(
                cycle.state(clock.instant()),
                cart.lines().stream()
                        .map(l -> new CheckoutPolicy.Line(l.variant().price().minorUnits(), l.quantity()))
                        .toList(),
                cycle.fee(),
                cycle.minimumOrderMinor(),
                option == null ? null : new CheckoutPolicy.Fulfilment(option.feeMinor(), option.radiusKm()),
                deliveryKm,
                new CheckoutPolicy.Payment(byCredit, byCredit ? credit.lockedBalance(shopper, cycle.hub()) : 0));
        if (decision instanceof CheckoutPolicy.Rejected rejected) {
            return new Rejected(rejected.field(), rejected.reason());
        }
        CheckoutPolicy.Accepted totals = (CheckoutPolicy.Accepted) decision;

        List<OrderLine> orderLines = new ArrayList<>();
        for (Carts.Line line : cart.lines()) {
            orderLines.add(new OrderLine(
                    orderLines.size() + 1,
                    line.variant().id(),
                    line.variant().producer(),
                    line.variant().productName() + " (" + line.variant().displayName() + ")",
                    line.quantity(),
                    line.variant().price()));
        }
        // PostgreSQL keeps microseconds; the answer shows what a later read of the order shows
        Instant placedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String deliveryAddress =
                deliveryPoint == null ? null : request.deliveryAddress().strip();
        String note = request.note() == null ? "" : request.note().strip();
        Optional<Long> orderId = orders.insertPlaced(
                new OrderStore.NewOrder(
                        cycleId,
                        cycle.hub(),
                        shopper,
                        placedAt,
                        option.id(),
                        deliveryAddress,
                        deliveryPoint,
                        note,
                        request.payment(),
                        totals.subtotal(),
                        totals.hubFee(),
                        totals.deliveryFee(),
                        totals.total(),
                        cycle.currency(),
                        request.idempotencyKey()),
                orderLines);
        if (orderId.isEmpty()) {
            // A concurrent request with the same key won; this one rolls back and reports that order.
            return new AlreadyPlaced(orders.findByIdempotencyKey(shopper, request.idempotencyKey())
                    .orElseThrow());
        }
        if (byCredit) {
            credit.append(
                    shopper,
                    cycle.hub(),
                    Money.of(-totals.total(), cycle.currency()),
                    "Order #" + orderId.get(),
                    orderId.get(),
                    shopper);
        }
        carts.clear(shopper, cycleId);
        // Published now, delivered only if the transaction commits.
        events.publishEvent(new OrderPlaced(
                orderId.get(),
                cycleId,
                cycle.hub(),
                shopper,
                cart.lines().stream()
                        .map(l -> OrderPlaced.Item.of(l.variant(), l.quantity()))
                        .toList()));
        List<Shortage> shortages = reserve(cart.lines());
        if (!shortages.isEmpty()) {
            return new OutOfStock(shortages);
        }
        return new Placed(new OrderView(
                orderId.get(),
                cycleId,
                cycle.name(),
                cycle.hub(),
                shopper,
                null,
                OrderStatus.PLACED,
                placedAt,
                option.name(),
                option.kind(),
                deliveryAddress,
                note,
                request.payment(),
                Money.of(totals.subtotal(), cycle.currency()),
                Money.of(totals.hubFee(), cycle.currency()),
                Money.of(totals.deliveryFee(), cycle.currency()),
                Money.of(totals.total(), cycle.currency()),
                orderLines));
    }

    /**
     * Takes the lines' stock, each by one conditional update. The last writes of the transaction:
     * a popular variant's row stays locked from its update to the commit, so the fewer statements
     * come after it, the more checkouts of that variant go through per second. Rows are locked in
     * variant order, so two checkouts of the same variants cannot deadlock.
     */
    private List<Shortage> reserve(List<Carts.Line> lines) {
        List<Shortage> shortages = new ArrayList<>();
        for (Carts.Line line : lines.stream()
                .sorted(Comparator.comparingLong(l -> l.variant().id().value()))
                .toList()) {
            Reservation reservation = catalog.reserve(line.variant().id(), line.quantity());
            if (reservation instanceof Reservation.InsufficientStock insufficient) {
                shortages.add(new Shortage(
                        line.variant().productName(),
                        line.variant().displayName(),
                        line.quantity(),
                        insufficient.available()));
            } else if (reservation instanceof Reservation.UnknownVariant) {
                shortages.add(new Shortage(
                        line.variant().productName(), line.variant().displayName(), line.quantity(), 0));
            }
        }
        return shortages;
    }

    private static Optional<Rejected> validate(Request request) {
        if (request.payment() == null) {
            return Optional.of(new Rejected("payment", "Choose how to pay."));
        }
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            return Optional.of(new Rejected("note", "A note can be at most " + MAX_NOTE + " characters."));
        }
        if (request.idempotencyKey() != null
                && (request.idempotencyKey().isBlank()
                        || request.idempotencyKey().length() > 100)) {
            return Optional.of(new Rejected("idempotencyKey", "An idempotency key has 1 to 100 characters."));
        }
        if (request.deliveryAddress() != null && request.deliveryAddress().length() > 300) {
            return Optional.of(new Rejected("deliveryAddress", "An address can be at most 300 characters."));
        }
        return Optional.empty();
    }
}
