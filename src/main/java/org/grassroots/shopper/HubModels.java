package org.grassroots.shopper;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.market.MarketApi;
import org.grassroots.market.OrderCancelled;
import org.grassroots.market.OrderPlaced;
import org.grassroots.market.Purchase;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.grassroots.shopper.domain.PersonalShopper;
import org.grassroots.shopper.domain.PersonalShopper.Line;
import org.grassroots.shopper.domain.PersonalShopper.PastBasket;
import org.grassroots.shopper.domain.TifuKnn;
import org.grassroots.shopper.persistence.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The personal shopper of each hub, learned from the hub's order history and kept in memory.
 *
 * <p>Freshness: the order history in PostgreSQL is the source, so a restart loses nothing; every
 * hub's model is learned again when the application is ready. An order placed or cancelled on
 * this node, or a shopper's change of settings, queues the hub's model to be learned again in the
 * background (one rebuild at a time; requests keep using the previous model meanwhile). A hub is
 * learned at most once per {@code grassroots.shopper.relearn-pause} (5 s): the first change after a
 * quiet spell is learned at once, and a busy hub taking many orders a second is learned every few
 * seconds instead of continuously (a sixth of the app's CPU samples in the checkout benchmark). Every
 * five minutes all models are learned again, which picks up orders placed on other nodes.
 */
@Component
class HubModels {

    private static final Logger log = LoggerFactory.getLogger(HubModels.class);

    /** A hub's learned model and the ids behind its dense ints. */
    record HubModel(
            PersonalShopper shopper,
            Map<UserId, Integer> households,
            List<ProductId> products,
            List<String> productNames,
            Map<ProductId, Integer> items,
            int orders,
            Instant learnedAt) {

        int household(UserId user) {
            return households.getOrDefault(user, TifuKnn.NEW_HOUSEHOLD);
        }

        int item(ProductId product) {
            return items.getOrDefault(product, -1);
        }
    }

    private final MarketApi market;
    private final CatalogApi catalog;
    private final NetworkApi network;
    private final SettingsStore settings;
    private final Clock clock;
    private final Map<EnterpriseId, HubModel> models = new ConcurrentHashMap<>();
    private final Set<EnterpriseId> queued = ConcurrentHashMap.newKeySet();
    private final Map<EnterpriseId, Long> lastStarted = new ConcurrentHashMap<>();
    private final Duration pause;
    private final ScheduledExecutorService learner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "shopper-learner");
        thread.setDaemon(true);
        return thread;
    });

    HubModels(
            MarketApi market,
            CatalogApi catalog,
            NetworkApi network,
            SettingsStore settings,
            Clock clock,
            @Value("${grassroots.shopper.relearn-pause:PT5S}") Duration pause) {
        this.market = market;
        this.catalog = catalog;
        this.network = network;
        this.settings = settings;
        this.clock = clock;
        this.pause = pause;
    }

    /** The hub's model; learned now if this node has none yet. */
    HubModel of(EnterpriseId hub) {
        return models.computeIfAbsent(hub, this::learn);
    }

    /**
     * Queues the hub's model to be learned again, once the pause since its last learning is over; a
     * hub already queued is not queued twice.
     */
    void relearn(EnterpriseId hub) {
        if (queued.add(hub)) {
            Long last = lastStarted.get(hub);
            long wait = last == null ? 0 : Math.max(0, pause.toNanos() - (System.nanoTime() - last));
            learner.schedule(
                    () -> {
                        queued.remove(hub);
                        lastStarted.put(hub, System.nanoTime());
                        try {
                            models.put(hub, learn(hub));
                        } catch (RuntimeException e) {
                            log.warn(
                                    "Could not learn the personal shopper of hub {}; keeping the previous model",
                                    hub,
                                    e);
                        }
                    },
                    wait,
                    TimeUnit.NANOSECONDS);
        }
    }

    /** Queues every hub this node knows. */
    void relearnAll() {
        models.keySet().forEach(this::relearn);
    }

    /*
     * The listeners below run once the publishing transaction has ended (AFTER_COMPLETION), not
     * only after a commit: Spring Modulith's registry intercepts every AFTER_COMMIT listener, even
     * one without a publication row, and marks it completed with an UPDATE of event_publication in
     * a transaction of its own (the event serialized to JSON to find the row): a round trip and a
     * commit per order for nothing. After a rollback the queued relearn finds nothing new, and at
     * most one is queued per hub.
     */

    /**
     * Learning that started before the change committed would read the old settings, and keep
     * learning from a shopper who just said no until the next periodic relearn.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(SettingsChanged changed) {
        relearnAll();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    void on(OrderPlaced placed) {
        relearn(placed.hub());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    void on(OrderCancelled cancelled) {
        relearn(cancelled.hub());
    }

    @EventListener(ApplicationReadyEvent.class)
    void learnEveryHub() {
        network.sellers().stream().map(Enterprise::id).forEach(this::relearn);
    }

    @Scheduled(fixedDelayString = "${grassroots.shopper.relearn-every:PT5M}", initialDelayString = "PT5M")
    void relearnPeriodically() {
        relearnAll();
    }

    @PreDestroy
    void stop() {
        learner.shutdownNow();
    }

    /**
     * The parameters tuned on Ta-Feng, except the number of neighbours: a quarter of the hub's
     * households (at least 10, at most the tuned 300), so that "households with baskets like
     * yours" stays a real neighbourhood in a hub of a hundred households instead of all of them.
     */
    static TifuKnn.Params paramsFor(int households) {
        TifuKnn.Params tuned = TifuKnn.Params.DEFAULT;
        return tuned.withNeighbours(Math.max(10, Math.min(tuned.neighbours(), households / 4)));
    }

    private HubModel learn(EnterpriseId hub) {
        long started = System.nanoTime();
        Instant learnedAt = clock.instant();
        List<Purchase> purchases = market.purchases(hub);
        Map<UserId, ShopperSettings> chosen = settings.changed();
        Map<VariantId, Variant> variants = new HashMap<>();
        catalog.variants(purchases.stream().map(Purchase::variant).distinct().toList())
                .forEach(v -> variants.put(v.id(), v));

        Map<UserId, Integer> households = new HashMap<>();
        Map<ProductId, Integer> items = new HashMap<>();
        List<ProductId> products = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<List<PastBasket>> histories = new ArrayList<>();
        int orders = 0;
        for (int i = 0; i < purchases.size(); ) {
            Purchase first = purchases.get(i);
            List<Line> lines = new ArrayList<>();
            for (; i < purchases.size() && purchases.get(i).orderId() == first.orderId(); i++) {
                Purchase p = purchases.get(i);
                Variant variant = variants.get(p.variant());
                if (variant != null) {
                    int item = items.computeIfAbsent(variant.productId(), k -> {
                        products.add(k);
                        names.add(variant.productName());
                        return products.size() - 1;
                    });
                    lines.add(new Line(item, p.variant().value(), p.quantity()));
                }
            }
            if (lines.isEmpty()
                    || !chosen.getOrDefault(first.shopper(), ShopperSettings.DEFAULT)
                            .learnsFrom(first.placedAt())) {
                continue;
            }
            int household = households.computeIfAbsent(first.shopper(), k -> {
                histories.add(new ArrayList<>());
                return histories.size() - 1;
            });
            histories.get(household).add(new PastBasket(first.placedAt(), lines));
            orders++;
        }
        PersonalShopper shopper = PersonalShopper.learn(histories, products.size(), paramsFor(histories.size()));
        log.debug(
                "Learned the personal shopper of hub {} from {} orders of {} households in {} ms",
                hub,
                orders,
                households.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new HubModel(
                shopper,
                Map.copyOf(households),
                List.copyOf(products),
                List.copyOf(names),
                Map.copyOf(items),
                orders,
                learnedAt);
    }
}
