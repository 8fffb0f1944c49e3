package org.grassroots.market.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Category;
import org.grassroots.catalog.ProductDetails;
import org.grassroots.catalog.ShelfSort;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.GeoPoint;
import org.grassroots.common.ProductId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleState;
import org.grassroots.market.application.MarketProblem;
import org.grassroots.market.application.Neighbourhoods;
import org.grassroots.market.application.Shopfront;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.grassroots.safety.ProductSafety;
import org.grassroots.safety.SafetyApi;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The shopfront of each hub: search, filters, pages, and a page per product. */
@Controller
@RequestMapping("/shop")
class ShopController {

    /** The shop filter's distance choices. */
    private static final List<Integer> DISTANCES_KM = List.of(5, 10, 15, 25);

    static final String AREA_COOKIE = "gr_area";

    private static final int RESCUE_SHELF_SIZE = 8;

    private final Shopfront shopfront;
    private final Neighbourhoods neighbourhoods;
    private final NetworkApi network;
    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final Clock clock;
    private final SafeShelf safeShelf;
    private final SafetyApi safety;
    private final ProductCards cards;
    private final MessageSource messages;

    ShopController(
            Shopfront shopfront,
            Neighbourhoods neighbourhoods,
            NetworkApi network,
            CatalogApi catalog,
            IdentityApi identity,
            Clock clock,
            SafeShelf safeShelf,
            SafetyApi safety,
            ProductCards cards,
            MessageSource messages) {
        this.safety = safety;
        this.messages = messages;
        this.cards = cards;
        this.safeShelf = safeShelf;
        this.shopfront = shopfront;
        this.neighbourhoods = neighbourhoods;
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

    /** Remembers the shopper's neighbourhood, so distances can be shown from there. */
    @PostMapping("/area")
    String chooseArea(
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "/shop") String back,
            HttpServletResponse response) {
        Cookie cookie = new Cookie(
                AREA_COOKIE,
                neighbourhoods.centre(area).isPresent() ? URLEncoder.encode(area, StandardCharsets.UTF_8) : "");
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(neighbourhoods.centre(area).isPresent() ? 365 * 24 * 3600 : 0);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return "redirect:" + (back.startsWith("/shop") || back.startsWith("/producers") ? back : "/shop");
    }

    @GetMapping("/{hubSlug}")
    String shop(
            @PathVariable String hubSlug,
            @CookieValue(name = AREA_COOKIE, required = false) String area,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ShopFilters filters = ShopFilters.of(request);
        Enterprise hub = seller(hubSlug);
        EnterpriseId producer = Optional.ofNullable(filters.producer())
                .filter(s -> !s.isBlank())
                .flatMap(network::findBySlug)
                .map(Enterprise::id)
                .orElse(null);
        String areaName = area == null ? null : URLDecoder.decode(area, StandardCharsets.UTF_8);
        GeoPoint shopper = neighbourhoods.centre(areaName).orElse(null);
        Set<ProductId> unsafe = safeShelf.unsafeFor(filters);
        Shopfront.View view = shopfront.view(hub, filters.toRequest(producer, shopper, unsafe));
        model.addAttribute(
                "areaOptions",
                SelectOptions.html(neighbourhoods.names(), a -> a, a -> a, shopper == null ? null : areaName));
        model.addAttribute(
                "here",
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        model.addAttribute("view", view);
        // Flags and values the page uses several times, as plain variables, so that the template
        // reads ${open} rather than ${view.state.name() == 'OPEN'}. It is not faster: measured side by
        // side, the page's CPU did not change (docs/benchmarks.md, session 14).
        model.addAttribute("hubSlug", hub.slug());
        model.addAttribute("open", view.state() == CycleState.OPEN);
        model.addAttribute("upcoming", view.state() == CycleState.UPCOMING);
        model.addAttribute("cycle", view.cycle().orElse(null));
        model.addAttribute("shelf", view.shelf());
        model.addAttribute("rescue", rescueShelf(view, unsafe));
        Map<EnterpriseId, Shopfront.ProducerDistance> producers = view.producerById();
        model.addAttribute("producers", producers);
        model.addAttribute("filters", filters);
        model.addAttribute(
                "categoryOptions",
                SelectOptions.html(
                        catalog.categories(),
                        Category::slug,
                        c -> c.topLevel() ? c.name() : "— " + c.name(),
                        filters.category()));
        model.addAttribute(
                "producerOptions",
                SelectOptions.html(
                        view.producers(),
                        p -> p.producer().slug(),
                        p -> p.producer().name(),
                        filters.producer()));
        model.addAttribute(
                "practiceOptions",
                SelectOptions.html(view.practices(), p -> p, p -> p.replace('-', ' '), filters.practice()));
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute(
                "distanceOptions",
                SelectOptions.html(
                        DISTANCES_KM,
                        String::valueOf,
                        km -> messages.getMessage("shop.withinKm", new Object[] {km}, locale),
                        filters.maxKm()));
        model.addAttribute(
                "sortOptions",
                SelectOptions.html(
                        List.of(ShelfSort.values()),
                        ShelfSort::name,
                        sort -> messages.getMessage("shop.sort." + sort.name(), null, locale),
                        filters.shelfSort().name()));
        boolean signedIn = identity.currentUserId().isPresent();
        model.addAttribute("signedIn", signedIn);
        model.addAttribute(
                "cards",
                cards.html(
                        view.shelf().items(),
                        producers,
                        hub.slug(),
                        view.cycle().map(c -> c.id().value()).orElse(null),
                        signedIn,
                        request,
                        response));
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
        ProductSafety safe = safety.productSafety(
                        product.id(), identity.currentUserId().orElse(null))
                .orElse(null);
        model.addAttribute("safety", safe);
        model.addAttribute("blocked", safe != null && safe.forHousehold().blocked());
        model.addAttribute("unsafe", safe != null && !safe.forHousehold().safe());
        return "market/product";
    }

    /**
     * The Rescue shelf: the cycle's products that producers marked down to sell before they go to
     * waste, in stock, in season and, with "safe for my household", safe; biggest discount first.
     */
    private List<Variant> rescueShelf(Shopfront.View view, Set<ProductId> unsafe) {
        if (view.state() != CycleState.OPEN) {
            return List.of();
        }
        Month month = LocalDate.now(clock).getMonth();
        return catalog.markedDown(view.cycle().orElseThrow().producers()).stream()
                .filter(v -> !v.stock().soldOut() && v.season().includes(month) && !unsafe.contains(v.productId()))
                .limit(RESCUE_SHELF_SIZE)
                .toList();
    }

    private Enterprise seller(String slug) {
        return network.findSeller(slug).orElseThrow(() -> MarketProblem.notFound("This shop"));
    }

    private List<Enterprise> sellers() {
        return network.sellers();
    }
}
