package org.grassroots.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.UserId;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.grassroots.supply.SupplyApi;
import org.grassroots.supply.WasteKind;
import org.springframework.stereotype.Component;

/**
 * The demo's lots and waste log, so the Plan, Lots and Waste pages and the shops' Rescue shelf have
 * something to show: for the documented producer, a lot near its best-before date with a markdown
 * to accept, a fresh lot, and one already marked down; three months of waste entries.
 */
@Component
class DemoSupply {

    private static final List<String> REASONS = List.of(
            "Over-harvested before the frost",
            "Left over after the Saturday market",
            "Bruised in transit",
            "Not collected at pickup",
            "Past its best before it sold");

    private final SupplyApi supply;
    private final CatalogApi catalog;
    private final NetworkApi network;
    private final Clock clock;

    DemoSupply(SupplyApi supply, CatalogApi catalog, NetworkApi network, Clock clock) {
        this.supply = supply;
        this.catalog = catalog;
        this.network = network;
        this.clock = clock;
    }

    void seed(Enterprise producer, UserId producerUser, Random random) {
        LocalDate today = LocalDate.now(clock);
        List<Variant> inSeason = catalog.variantsOf(producer.id()).stream()
                .filter(v -> v.season().includes(today.getMonth()) && !v.stock().soldOut())
                .sorted(Comparator.comparing(Variant::productName))
                .toList();
        if (inSeason.size() < 3) {
            return;
        }
        String day = today.toString().replace("-", "");
        supply.recordLot(
                producer.id(), inSeason.get(0).id(), "L" + day + "-1", today.minusDays(5), today.plusDays(2), 12);
        supply.recordLot(
                producer.id(), inSeason.get(1).id(), "L" + day + "-2", today.minusDays(1), today.plusDays(10), 30);
        long soon = supply.recordLot(
                producer.id(), inSeason.get(2).id(), "L" + day + "-3", today.minusDays(6), today.plusDays(1), 8);
        supply.acceptMarkdown(producer.id(), soon);

        List<EnterpriseId> hubs =
                network.sellersOf(producer.id()).stream().map(Enterprise::id).toList();
        WasteKind[] kinds = WasteKind.values();
        for (int i = 0; i < 14; i++) {
            Variant v = inSeason.get(random.nextInt(inSeason.size()));
            EnterpriseId hub = hubs.isEmpty() || random.nextBoolean() ? null : hubs.get(random.nextInt(hubs.size()));
            supply.recordWaste(
                    producer.id(),
                    hub,
                    v.id(),
                    1 + random.nextInt(6),
                    kinds[random.nextInt(kinds.length)],
                    REASONS.get(random.nextInt(REASONS.size())),
                    today.minusDays(random.nextInt(80)),
                    producerUser);
        }
    }
}
