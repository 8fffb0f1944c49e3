package org.grassroots.market.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.ProductDetails;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleState;
import org.grassroots.market.application.MarketProblem;
import org.grassroots.market.application.Shopfront;
import org.grassroots.network.Enterprise;
import org.grassroots.network.EnterpriseKind;
import org.grassroots.network.NetworkApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/** The shopfront of each hub: search, filters, pages, and a page per product. */
@Controller
@RequestMapping("/shop")
class ShopController {

    private final Shopfront shopfront;
    private final NetworkApi network;
    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final Clock clock;

    ShopController(Shopfront shopfront, NetworkApi network, CatalogApi catalog, IdentityApi identity, Clock clock) {
        this.shopfront = shopfront;
        this.network = network;
        this.catalog = catalog;
        this.identity = identity;
        this.clock = clock;
    }

    @GetMapping
    String shops(Model model) {
        model.addAttribute("sellers", sellers());
        return "market/shops";
    }

    @GetMapping("/{hubSlug}")
    String shop(
            @PathVariable String hubSlug,
            ShopFilters filters,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Enterprise hub = seller(hubSlug);
        EnterpriseId producer = Optional.ofNullable(filters.producer())
                .filter(s -> !s.isBlank())
                .flatMap(network::findBySlug)
                .map(Enterprise::id)
                .orElse(null);
        Shopfront.View view = shopfront.view(hub, filters.toRequest(producer));
        model.addAttribute("view", view);
        model.addAttribute("producers", view.producerById());
        model.addAttribute("filters", filters);
        model.addAttribute("sort", filters.shelfSort().name());
        model.addAttribute("categories", catalog.categories());
        model.addAttribute("signedIn", identity.currentUserId().isPresent());
        model.addAttribute("previousUrl", filters.pageUrl(hubSlug, view.shelf().page()));
        model.addAttribute("nextUrl", filters.pageUrl(hubSlug, view.shelf().page() + 2));
        return htmx != null ? "market/shop :: results" : "market/shop";
    }

    @GetMapping("/{hubSlug}/products/{productId}")
    String product(@PathVariable String hubSlug, @PathVariable long productId, Model model) {
        Enterprise hub = seller(hubSlug);
        ProductDetails product =
                catalog.product(new ProductId(productId)).orElseThrow(() -> MarketProblem.notFound("This product"));
        Enterprise producer = network.find(product.producer()).orElseThrow();
        Optional<Cycle> cycle = shopfront.currentCycle(hub);
        boolean inSeason = product.season().includes(LocalDate.now(clock).getMonth());
        boolean available = inSeason
                && cycle.map(c -> c.state(clock.instant()) == CycleState.OPEN
                                && c.producers().contains(product.producer()))
                        .orElse(false);
        model.addAttribute("inSeason", inSeason);
        model.addAttribute("hub", hub);
        model.addAttribute("product", product);
        model.addAttribute("producer", producer);
        model.addAttribute("km", producer.distanceKmTo(hub));
        model.addAttribute("cycle", cycle.orElse(null));
        model.addAttribute("available", available);
        model.addAttribute("signedIn", identity.currentUserId().isPresent());
        return "market/product";
    }

    private Enterprise seller(String slug) {
        return network.findBySlug(slug)
                .filter(e -> e.kind().sells())
                .orElseThrow(() -> MarketProblem.notFound("This shop"));
    }

    private List<Enterprise> sellers() {
        return Stream.of(EnterpriseKind.HUB, EnterpriseKind.COOP, EnterpriseKind.SHOP)
                .flatMap(kind -> network.list(kind).stream())
                .toList();
    }
}
