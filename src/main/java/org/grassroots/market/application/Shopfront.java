package org.grassroots.market.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.ShelfPage;
import org.grassroots.catalog.ShelfQuery;
import org.grassroots.catalog.ShelfSort;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.GeoPoint;
import org.grassroots.common.ProductId;
import org.grassroots.common.SearchText;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleState;
import org.grassroots.market.persistence.CycleStore;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.springframework.stereotype.Service;

/**
 * A hub's shop: its current cycle's producers, searched, filtered and sorted through the catalog.
 * Producer filters (practices, distance, name) are resolved here from the network module, so the
 * catalog only ever sees a set of producer ids.
 */
@Service
public class Shopfront {

    /**
     * What a shopper asks of a shelf. Null fields are "any".
     *
     * @param shopper where the shopper is, when known: distances are shown from there too, and
     *     "nearest producer" sorts by it
     */
    public record Request(
            GeoPoint shopper,
            String text,
            String category,
            EnterpriseId producer,
            String practice,
            Double maxDistanceKm,
            Long maxPriceMinor,
            ShelfSort sort,
            int page,
            int size,
            Set<ProductId> excluded) {}

    /** @param kmFromShopper null when the shopper's location is not known */
    public record ProducerDistance(Enterprise producer, double km, Double kmFromShopper) {}

    /** The shop as the page shows it. {@code cycle} is empty when the hub has no current or upcoming cycle. */
    public record View(
            Enterprise hub,
            Optional<Cycle> cycle,
            CycleState state,
            List<ProducerDistance> producers,
            Set<String> practices,
            ShelfPage shelf) {

        public Map<EnterpriseId, ProducerDistance> producerById() {
            return producers.stream().collect(Collectors.toMap(p -> p.producer().id(), Function.identity()));
        }
    }

    private final NetworkApi network;
    private final CatalogApi catalog;
    private final CycleStore cycles;
    private final Clock clock;

    Shopfront(NetworkApi network, CatalogApi catalog, CycleStore cycles, Clock clock) {
        this.network = network;
        this.catalog = catalog;
        this.cycles = cycles;
        this.clock = clock;
    }

    /** The hub's cycle open now, or else the next one to open. */
    public Optional<Cycle> currentCycle(Enterprise hub) {
        return cycles.currentOrNext(hub.id(), clock.instant());
    }

    /**
     * The shop's page of products for {@code request}. Every read here is served from a cache, so it
     * opens no transaction; a cache that loads runs one statement.
     */
    public View view(Enterprise hub, Request request) {
        Optional<Cycle> cycle = cycles.currentOrNext(hub.id(), clock.instant());
        CycleState state = cycle.map(c -> c.state(clock.instant())).orElse(CycleState.CLOSED);
        List<ProducerDistance> producers = cycle.map(c -> network.findAll(c.producers()).values().stream()
                        .map(p -> new ProducerDistance(
                                p,
                                p.distanceKmTo(hub),
                                request.shopper() == null
                                        ? null
                                        : request.shopper().distanceKmTo(p.location())))
                        .sorted(Comparator.comparingDouble(p -> p.kmFromShopper() == null ? p.km() : p.kmFromShopper()))
                        .toList())
                .orElse(List.of());
        Set<String> practices = producers.stream()
                .flatMap(p -> p.producer().practices().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<EnterpriseId> selected = producers.stream()
                .filter(p -> request.producer() == null || p.producer().id().equals(request.producer()))
                .filter(p ->
                        request.practice() == null || p.producer().practices().contains(request.practice()))
                .filter(p -> request.maxDistanceKm() == null || p.km() <= request.maxDistanceKm())
                .map(p -> p.producer().id())
                .collect(Collectors.toSet());
        Set<EnterpriseId> matchingByName =
                new SearchText(request.text()).prefixQuery().isPresent()
                        ? network.searchProducers(request.text())
                        : Set.of();
        ShelfPage shelf = catalog.search(new ShelfQuery(
                state == CycleState.CLOSED ? Set.of() : selected,
                request.text(),
                matchingByName,
                request.category(),
                request.maxPriceMinor(),
                request.sort(),
                producers.stream().map(p -> p.producer().id()).toList(),
                LocalDate.now(clock).getMonth(),
                request.page(),
                request.size(),
                request.excluded()));
        return new View(hub, cycle, state, producers, practices, shelf);
    }
}
