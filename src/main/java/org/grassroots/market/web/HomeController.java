package org.grassroots.market.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.ProductCard;
import org.grassroots.common.EnterpriseId;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The front of the market: a hub's producers by distance, and products in season this week. */
@Controller
class HomeController {

    private static final int FEATURED = 8;

    private final NetworkApi network;
    private final CatalogApi catalog;
    private final Clock clock;

    HomeController(NetworkApi network, CatalogApi catalog, Clock clock) {
        this.network = network;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "hub", required = false) String hubSlug, Model model) {
        List<Enterprise> sellers = network.sellers();
        model.addAttribute("sellers", sellers);
        if (sellers.isEmpty()) {
            return "market/home";
        }
        Enterprise hub = sellers.stream()
                .filter(s -> s.slug().equals(hubSlug))
                .findFirst()
                .orElse(sellers.get(0));
        List<ProducerDistance> producers = network.producersSellingThrough(hub.id()).stream()
                .map(p -> new ProducerDistance(p, p.distanceKmTo(hub)))
                .sorted(Comparator.comparingDouble(ProducerDistance::km))
                .toList();
        Map<EnterpriseId, Enterprise> byId = producers.stream()
                .map(ProducerDistance::producer)
                .collect(Collectors.toMap(Enterprise::id, Function.identity()));
        List<FeaturedProduct> featured = catalog.featured(LocalDate.now(clock), FEATURED * 4).stream()
                .filter(card -> byId.containsKey(card.producer()))
                .limit(FEATURED)
                .map(card -> new FeaturedProduct(card, byId.get(card.producer())))
                .toList();
        model.addAttribute("hub", hub);
        model.addAttribute("producers", producers);
        model.addAttribute("featured", featured);
        return "market/home";
    }

    record ProducerDistance(Enterprise producer, double km) {}

    record FeaturedProduct(ProductCard product, Enterprise producer) {}
}
