package org.grassroots.market.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.common.Money;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleId;
import org.grassroots.market.CycleState;
import org.grassroots.market.persistence.CartStore;
import org.grassroots.market.persistence.CycleStore;
import org.grassroots.safety.Assessment;
import org.grassroots.safety.SafetyApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shoppers' carts: one per shopper and open cycle, kept in the database. */
@Service
public class Carts {

    static final int MAX_QUANTITY = 99;

    /**
     * A line of a cart with the variant as it is now.
     *
     * @param available how many can still be bought; null when made to order
     * @param safety what the safety policy says of the product for the shopper's household
     */
    public record Line(Variant variant, int quantity, Integer available, Assessment safety) {

        public Money amount() {
            return variant.price().times(quantity);
        }

        public boolean exceedsStock() {
            return available != null && available < quantity;
        }
    }

    public record Cart(Cycle cycle, List<Line> lines) {

        public Money subtotal() {
            return lines.stream().map(Line::amount).reduce(Money::plus).orElse(Money.of(0, cycle.currency()));
        }

        public int units() {
            return lines.stream().mapToInt(Line::quantity).sum();
        }

        public boolean empty() {
            return lines.isEmpty();
        }

        /** Lines that are not safe for the household: checkout needs them acknowledged, or removed if blocked. */
        public List<Line> unsafe() {
            return lines.stream().filter(l -> !l.safety().safe()).toList();
        }

        public boolean blocked() {
            return lines.stream().anyMatch(l -> l.safety().blocked());
        }

        Cart withQuantity(VariantId variant, int quantity) {
            return new Cart(
                    cycle,
                    lines.stream()
                            .map(l -> l.variant().id().equals(variant)
                                    ? new Line(l.variant(), quantity, l.available(), l.safety())
                                    : l)
                            .toList());
        }
    }

    private final CartStore carts;
    private final CycleStore cycles;
    private final CatalogApi catalog;
    private final SafetyApi safety;
    private final Clock clock;

    Carts(CartStore carts, CycleStore cycles, CatalogApi catalog, SafetyApi safety, Clock clock) {
        this.carts = carts;
        this.cycles = cycles;
        this.catalog = catalog;
        this.safety = safety;
        this.clock = clock;
    }

    /** Adds a variant that is safe for the shopper's household; see {@link #add(UserId, CycleId, VariantId, int, boolean)}. */
    @Transactional
    public void add(UserId shopper, CycleId cycleId, VariantId variantId, int quantity) {
        add(shopper, cycleId, variantId, quantity, false);
    }

    /**
     * Adds a variant to the shopper's cart of an open cycle; the variant must be sold in that cycle.
     * A product that is not safe for the household needs {@code acknowledged}; one that contains
     * a strict member's allergen is refused.
     */
    @Transactional
    public void add(UserId shopper, CycleId cycleId, VariantId variantId, int quantity, boolean acknowledged) {
        Cycle cycle = openCycle(cycleId);
        checkQuantity(quantity);
        Variant variant = catalog.variants(List.of(variantId)).stream()
                .findFirst()
                .orElseThrow(() -> MarketProblem.notFound("This product"));
        admit(
                cycle,
                variant,
                safety.assess(shopper, List.of(variant.productId())).get(variant.productId()),
                acknowledged);
        carts.add(shopper, cycle.id(), variantId, quantity);
    }

    /**
     * Adds like {@link #add(UserId, CycleId, VariantId, int, boolean)}; answers with the cart this
     * transaction leaves. The cart is read once, with the added variant among its lines, so the
     * variant and the household are each read once.
     */
    @Transactional
    public Cart addReturningCart(
            UserId shopper, CycleId cycleId, VariantId variantId, int quantity, boolean acknowledged) {
        Cycle cycle = openCycle(cycleId);
        checkQuantity(quantity);
        List<CartStore.Item> items = new ArrayList<>(carts.items(shopper, cycleId));
        if (items.stream().noneMatch(i -> i.variant().equals(variantId))) {
            items.add(new CartStore.Item(cycleId, variantId, 0));
        }
        Cart cart = cart(shopper, cycle, items);
        Line line = cart.lines().stream()
                .filter(l -> l.variant().id().equals(variantId))
                .findFirst()
                .orElseThrow(() -> MarketProblem.notFound("This product"));
        admit(cycle, line.variant(), line.safety(), acknowledged);
        int inCart = carts.add(shopper, cycle.id(), variantId, quantity);
        return cart.withQuantity(variantId, inCart);
    }

    /** Refuses a variant that may not go into a cart of the cycle, or not without the shopper's acknowledgement. */
    private void admit(Cycle cycle, Variant variant, Assessment assessment, boolean acknowledged) {
        if (!cycle.producers().contains(variant.producer())) {
            throw MarketProblem.invalid("variant", "This product is not sold in this cycle.");
        }
        if (!variant.season().includes(LocalDate.now(clock).getMonth())) {
            throw MarketProblem.conflict("variant", "This product is out of season.");
        }
        if (variant.stock().soldOut()) {
            throw MarketProblem.conflict("quantity", "Sold out.");
        }
        if (assessment.blocked()) {
            throw MarketProblem.conflict("variant", "Not added, to keep your household safe: " + assessment.summary());
        }
        if (!assessment.safe() && !acknowledged) {
            throw MarketProblem.conflict(
                    "acknowledge",
                    "Not added yet: " + assessment.summary() + ". Confirm that you understand to add it anyway.");
        }
    }

    /**
     * Sets a quantity like {@link #update}; answers with the cart this transaction leaves. A quantity
     * for a line the cart does not have is not found: the API adds with a POST.
     */
    @Transactional
    public Cart updateReturningCart(UserId shopper, CycleId cycleId, VariantId variant, int quantity) {
        if (!update(shopper, cycleId, variant, quantity)) {
            throw MarketProblem.notFound("This cart line");
        }
        return cart(shopper, cycleId);
    }

    /**
     * Sets a line's quantity; 0 removes it.
     *
     * @return false when the quantity was not 0 and the cart has no such line (it may have been
     *     removed in another tab), so nothing changed
     */
    @Transactional
    public boolean update(UserId shopper, CycleId cycleId, VariantId variant, int quantity) {
        openCycle(cycleId);
        if (quantity == 0) {
            carts.remove(shopper, cycleId, variant);
            return true;
        }
        checkQuantity(quantity);
        return carts.set(shopper, cycleId, variant, quantity);
    }

    @Transactional
    public void remove(UserId shopper, CycleId cycleId, VariantId variant) {
        carts.remove(shopper, cycleId, variant);
    }

    @Transactional(readOnly = true)
    public Cart cart(UserId shopper, CycleId cycleId) {
        Cycle cycle = cycles.find(cycleId).orElseThrow(() -> MarketProblem.notFound("This order cycle"));
        return cart(shopper, cycle, carts.items(shopper, cycleId));
    }

    /** The items as lines, with their variants as they are now and what the safety policy says of them. */
    private Cart cart(UserId shopper, Cycle cycle, List<CartStore.Item> items) {
        Map<VariantId, Variant> variants =
                catalog.variants(items.stream().map(CartStore.Item::variant).toList()).stream()
                        .collect(Collectors.toMap(Variant::id, Function.identity()));
        Map<ProductId, Assessment> assessments = safety.assess(
                shopper,
                variants.values().stream().map(Variant::productId).distinct().toList());
        List<Line> lines = items.stream()
                .filter(i -> variants.containsKey(i.variant()))
                .map(i -> {
                    Variant v = variants.get(i.variant());
                    return new Line(
                            v,
                            i.quantity(),
                            v.stock().onDemand() ? null : v.stock().onHand(),
                            assessments.get(v.productId()));
                })
                .toList();
        return new Cart(cycle, lines);
    }

    /** The shopper's non-empty carts in cycles open now. */
    @Transactional(readOnly = true)
    public List<Cart> openCarts(UserId shopper) {
        List<CycleId> open =
                cycles.openAt(clock.instant()).stream().map(Cycle::id).toList();
        return carts.cyclesWithItems(shopper, open).stream()
                .map(id -> cart(shopper, id))
                .toList();
    }

    /** Units in the shopper's carts of open cycles. */
    @Transactional(readOnly = true)
    public int badgeCount(UserId shopper) {
        List<CycleId> open =
                cycles.openAt(clock.instant()).stream().map(Cycle::id).toList();
        return open.isEmpty() ? 0 : carts.count(shopper, open);
    }

    private Cycle openCycle(CycleId id) {
        Cycle cycle = cycles.find(id).orElseThrow(() -> MarketProblem.notFound("This order cycle"));
        if (cycle.state(clock.instant()) != CycleState.OPEN) {
            throw MarketProblem.conflict("cycle", "This order cycle is not open.");
        }
        return cycle;
    }

    private static void checkQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw MarketProblem.invalid("quantity", "Choose a quantity from 1 to " + MAX_QUANTITY + ".");
        }
    }
}
