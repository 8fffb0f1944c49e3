package org.grassroots.market.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.ShelfQuery;
import org.grassroots.catalog.ShelfSort;
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
import org.springframework.web.bind.annotation.RequestParam;

/** A producer's public page: its story and practices, and what it sells through a hub this week. */
@Controller
class ProducerPageController {

    private final NetworkApi network;
    private final CatalogApi catalog;
    private final Shopfront shopfront;
    private final IdentityApi identity;
    private final Clock clock;

    ProducerPageController(
            NetworkApi network, CatalogApi catalog, Shopfront shopfront, IdentityApi identity, Clock clock) {
        this.network = network;
        this.catalog = catalog;
        this.shopfront = shopfront;
        this.identity = identity;
        this.clock = clock;
    }

    @GetMapping("/producers/{slug}")
    String producer(
            @PathVariable String slug, @RequestParam(name = "hub", required = false) String hubSlug, Model model) {
        Enterprise producer = network.findBySlug(slug)
                .filter(e -> e.kind() == EnterpriseKind.PRODUCER)
                .orElseThrow(() -> MarketProblem.notFound("This producer"));
        Enterprise hub = Optional.ofNullable(hubSlug)
                .flatMap(network::findSeller)
                .or(() -> network.list(EnterpriseKind.HUB).stream().findFirst())
                .orElse(null);
        Optional<Cycle> cycle = hub == null ? Optional.empty() : shopfront.currentCycle(hub);
        boolean selling = cycle.map(c -> c.state(clock.instant()) == CycleState.OPEN
                        && c.producers().contains(producer.id()))
                .orElse(false);
        model.addAttribute("producer", producer);
        model.addAttribute("hub", hub);
        model.addAttribute("km", hub == null ? null : producer.distanceKmTo(hub));
        model.addAttribute("cycleId", selling ? cycle.get().id().value() : null);
        model.addAttribute("signedIn", identity.currentUserId().isPresent());
        model.addAttribute(
                "products",
                catalog.search(new ShelfQuery(
                                Set.of(producer.id()),
                                null,
                                Set.of(),
                                null,
                                null,
                                ShelfSort.NAME,
                                List.of(),
                                LocalDate.now(clock).getMonth(),
                                0,
                                100,
                                Set.of()))
                        .items());
        return "market/producer";
    }
}
