package org.grassroots.market.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.Money;
import org.grassroots.common.VariantId;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleId;
import org.grassroots.market.OrderStatus;
import org.grassroots.market.OrderView;
import org.grassroots.market.persistence.PackingStore;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Packing reports of a cycle: what to collect from each producer (totals per variant), and what to
 * put in each customer's bag (pick lists). Cancelled orders are left out.
 */
@Service
public class Packing {

    public record VariantTotal(String sku, String product, String pack, int quantity, Money amount) {}

    public record ProducerTotals(String producer, List<VariantTotal> variants, int units, Money amount) {}

    public record Report(Cycle cycle, List<ProducerTotals> producers, List<OrderView> pickLists) {

        public int orders() {
            return pickLists.size();
        }
    }

    private final PackingStore packing;
    private final Orders orders;
    private final NetworkApi network;
    private final CatalogApi catalog;

    Packing(PackingStore packing, Orders orders, NetworkApi network, CatalogApi catalog) {
        this.packing = packing;
        this.orders = orders;
        this.network = network;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public Report report(EnterpriseId hub, CycleId cycleId) {
        Cycle cycle = orders.cycle(cycleId);
        if (!cycle.hub().equals(hub)) {
            throw MarketProblem.notFound("This order cycle");
        }
        List<PackingStore.Total> totals = packing.totals(cycleId);
        Map<EnterpriseId, Enterprise> producers = network.findAll(
                totals.stream().map(PackingStore.Total::producer).distinct().toList());
        Map<VariantId, Variant> variants =
                catalog
                        .variants(
                                totals.stream().map(PackingStore.Total::variant).toList())
                        .stream()
                        .collect(Collectors.toMap(Variant::id, Function.identity()));
        Map<EnterpriseId, List<VariantTotal>> byProducer = new LinkedHashMap<>();
        for (PackingStore.Total t : totals) {
            Variant v = variants.get(t.variant());
            byProducer
                    .computeIfAbsent(t.producer(), p -> new ArrayList<>())
                    .add(new VariantTotal(
                            v == null ? "" : v.sku(),
                            v == null ? t.productName() : v.productName(),
                            v == null ? "" : v.displayName(),
                            t.quantity(),
                            Money.of(t.amountMinor(), cycle.currency())));
        }
        List<ProducerTotals> producerTotals = byProducer.entrySet().stream()
                .map(e -> new ProducerTotals(
                        producers.containsKey(e.getKey())
                                ? producers.get(e.getKey()).name()
                                : "Producer #" + e.getKey(),
                        e.getValue(),
                        e.getValue().stream().mapToInt(VariantTotal::quantity).sum(),
                        e.getValue().stream()
                                .map(VariantTotal::amount)
                                .reduce(Money::plus)
                                .orElse(Money.of(0, cycle.currency()))))
                .sorted(Comparator.comparing(ProducerTotals::producer))
                .toList();
        List<OrderView> pickLists = orders.ofHub(hub, cycleId, null, Integer.MAX_VALUE).stream()
                .filter(o -> o.status() != OrderStatus.CANCELLED)
                .sorted(Comparator.comparing(OrderView::shopperName).thenComparing(OrderView::id))
                .toList();
        return new Report(cycle, producerTotals, pickLists);
    }
}
