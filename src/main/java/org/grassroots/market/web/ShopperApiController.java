package org.grassroots.market.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.grassroots.catalog.ShelfPage;
import org.grassroots.catalog.ShelfSort;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.VariantId;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleId;
import org.grassroots.market.CycleState;
import org.grassroots.market.OrderView;
import org.grassroots.market.PaymentMethod;
import org.grassroots.market.application.Carts;
import org.grassroots.market.application.Checkout;
import org.grassroots.market.application.MarketProblem;
import org.grassroots.market.application.Orders;
import org.grassroots.market.application.Shopfront;
import org.grassroots.market.persistence.CycleStore;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.grassroots.platform.ApiErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The marketplace for integrators and apps: cycles and their shelves, cart, checkout and orders. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Market", description = "Order cycles, shopfront search, cart, checkout and orders")
class ShopperApiController {

    private final CycleStore cycles;
    private final Shopfront shopfront;
    private final Carts carts;
    private final Checkout checkout;
    private final Orders orders;
    private final NetworkApi network;
    private final CurrentAccount actor;
    private final Clock clock;
    private final SafeShelf safeShelf;

    ShopperApiController(
            CycleStore cycles,
            Shopfront shopfront,
            Carts carts,
            Checkout checkout,
            Orders orders,
            NetworkApi network,
            CurrentAccount actor,
            Clock clock,
            SafeShelf safeShelf) {
        this.safeShelf = safeShelf;
        this.cycles = cycles;
        this.shopfront = shopfront;
        this.carts = carts;
        this.checkout = checkout;
        this.orders = orders;
        this.network = network;
        this.actor = actor;
        this.clock = clock;
    }

    @Operation(summary = "Cycles open now, of every hub")
    @GetMapping("/cycles")
    List<Cycle> openCycles() {
        return cycles.openAt(clock.instant());
    }

    @Operation(summary = "One cycle")
    @GetMapping("/cycles/{id}")
    Cycle cycle(@PathVariable long id) {
        return cycles.find(new CycleId(id)).orElseThrow(() -> MarketProblem.notFound("This order cycle"));
    }

    @Operation(summary = "Search the products of a cycle's shelf")
    @GetMapping("/cycles/{id}/products")
    ShelfPage products(
            @PathVariable long id,
            @Parameter(description = "words to search for; prefixes match") @RequestParam(required = false) String q,
            @Parameter(description = "category slug") @RequestParam(required = false) String category,
            @Parameter(description = "producer slug") @RequestParam(required = false) String producer,
            @RequestParam(required = false) String practice,
            @Parameter(description = "the farthest a producer may be from the hub, in km")
                    @RequestParam(required = false)
                    BigDecimal maxKm,
            @Parameter(description = "highest price, e.g. 4.50") @RequestParam(required = false) BigDecimal maxPrice,
            @Parameter(description = "default: RELEVANCE when searching, else NAME") @RequestParam(required = false)
                    ShelfSort sort,
            @Parameter(description = "1-based") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "true: only products safe for the caller's household")
                    @RequestParam(defaultValue = "false")
                    boolean safe) {
        Cycle cycle = cycle(id);
        positive("maxKm", maxKm);
        positive("maxPrice", maxPrice);
        if (page < 1) {
            throw MarketProblem.badParameter("page", "page must be 1 or more.");
        }
        EnterpriseId producerId = producer == null
                ? null
                : network.findBySlug(producer)
                        .map(Enterprise::id)
                        .orElseThrow(() ->
                                MarketProblem.badParameter("producer", "No producer has the slug '" + producer + "'."));
        Enterprise hub = network.find(cycle.hub()).orElseThrow();
        ShopFilters filters = new ShopFilters(
                q,
                category,
                producer,
                practice,
                maxKm == null ? null : maxKm.toPlainString(),
                maxPrice == null ? null : maxPrice.toPlainString(),
                sort == null ? null : sort.name(),
                String.valueOf(page),
                String.valueOf(safe));
        Shopfront.View view = shopfront.view(hub, filters.toRequest(producerId, null, safeShelf.unsafeFor(filters)));
        if (view.cycle().map(c -> !c.id().equals(cycle.id())).orElse(true) || view.state() != CycleState.OPEN) {
            throw MarketProblem.conflict("cycle", "This order cycle is not open.");
        }
        return view.shelf();
    }

    private static void positive(String name, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            throw MarketProblem.badParameter(name, name + " must be more than 0.");
        }
    }

    /** @param acknowledge true to add a product despite its safety warnings for the household */
    record CartItemRequest(
            @NotNull Long variantId,
            @NotNull @Min(1) @Max(99) Integer quantity,
            Boolean acknowledge) {}

    record QuantityRequest(@NotNull @Min(0) @Max(99) Integer quantity) {}

    @Operation(summary = "The signed-in shopper's cart in a cycle")
    @GetMapping("/cycles/{id}/cart")
    Carts.Cart cart(@PathVariable long id) {
        return carts.cart(actor.user(), new CycleId(id));
    }

    @Operation(summary = "Add to the cart (adds to the quantity already there)")
    @PostMapping("/cycles/{id}/cart/items")
    Carts.Cart addToCart(@PathVariable long id, @Valid @RequestBody CartItemRequest item) {
        return carts.addReturningCart(
                actor.user(),
                new CycleId(id),
                new VariantId(item.variantId()),
                item.quantity(),
                Boolean.TRUE.equals(item.acknowledge()));
    }

    @Operation(summary = "Set a cart line's quantity; 0 removes it. A line not in the cart is not found (404).")
    @PutMapping("/cycles/{id}/cart/items/{variantId}")
    Carts.Cart setQuantity(@PathVariable long id, @PathVariable long variantId, @Valid @RequestBody QuantityRequest q) {
        return carts.updateReturningCart(actor.user(), new CycleId(id), new VariantId(variantId), q.quantity());
    }

    record CheckoutRequest(
            @NotNull Long fulfilmentOptionId,
            @NotNull PaymentMethod payment,
            @Size(max = 1000) String note,
            @Size(max = 300) String deliveryAddress,
            @Size(max = 100) String neighbourhood,
            Boolean acknowledgeRisks) {}

    @Operation(
            summary = "Place the cart as an order",
            description = "Send an Idempotency-Key header: repeating a request with the same key returns the "
                    + "order the first one placed (200) instead of placing another (201).")
    @PostMapping("/cycles/{id}/checkout")
    ResponseEntity<Object> checkout(
            @PathVariable long id,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody CheckoutRequest request) {
        var shopper = actor.user();
        Checkout.Result result = checkout.place(
                shopper,
                new CycleId(id),
                new Checkout.Request(
                        request.fulfilmentOptionId(),
                        request.payment(),
                        request.note(),
                        request.deliveryAddress(),
                        request.neighbourhood(),
                        idempotencyKey,
                        Boolean.TRUE.equals(request.acknowledgeRisks())));
        if (result instanceof Checkout.Placed placed) {
            return ResponseEntity.created(URI.create("/api/v1/orders/" + placed.orderId()))
                    .body(placed.order());
        }
        if (result instanceof Checkout.AlreadyPlaced placed) {
            return ResponseEntity.ok(orders.ofShopper(shopper, placed.orderId()));
        }
        if (result instanceof Checkout.OutOfStock outOfStock) {
            var problem = ApiErrors.problem(HttpStatus.CONFLICT, "quantity", "Some items ran out.");
            problem.setProperty(
                    "shortages",
                    outOfStock.shortages().stream()
                            .map(s -> Map.of(
                                    "product", s.productName(),
                                    "pack", s.packName(),
                                    "wanted", s.wanted(),
                                    "available", s.available()))
                            .toList());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        Checkout.Rejected rejected = (Checkout.Rejected) result;
        return ResponseEntity.unprocessableContent()
                .body(ApiErrors.problem(HttpStatus.UNPROCESSABLE_CONTENT, rejected.field(), rejected.reason()));
    }

    @Operation(summary = "The signed-in shopper's orders, newest first")
    @GetMapping("/orders")
    List<OrderView> orders() {
        return orders.history(actor.user());
    }

    @Operation(summary = "One of the signed-in shopper's orders")
    @GetMapping("/orders/{id}")
    OrderView order(@PathVariable long id) {
        return orders.ofShopper(actor.user(), id);
    }

    @Operation(summary = "Cancel an order while its cycle is open; stock returns")
    @PostMapping("/orders/{id}/cancel")
    OrderView cancel(@PathVariable long id) {
        return orders.cancel(actor.user(), id);
    }
}
