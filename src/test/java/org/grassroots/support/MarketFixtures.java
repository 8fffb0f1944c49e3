package org.grassroots.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.NewProduct;
import org.grassroots.catalog.NewVariant;
import org.grassroots.catalog.Season;
import org.grassroots.catalog.UnitKind;
import org.grassroots.catalog.Variant;
import org.grassroots.common.GeoPoint;
import org.grassroots.common.Money;
import org.grassroots.identity.IdentityApi;
import org.grassroots.identity.NewUser;
import org.grassroots.identity.Role;
import org.grassroots.identity.UserAccount;
import org.grassroots.market.CycleId;
import org.grassroots.market.FulfilmentKind;
import org.grassroots.market.HubFee;
import org.grassroots.market.MarketApi;
import org.grassroots.market.NewCycle;
import org.grassroots.market.NewFulfilment;
import org.grassroots.market.OrderStatus;
import org.grassroots.market.PastOrder;
import org.grassroots.network.Enterprise;
import org.grassroots.network.EnterpriseKind;
import org.grassroots.network.NetworkApi;
import org.grassroots.network.NewEnterprise;
import org.grassroots.network.ProducerType;
import org.springframework.stereotype.Component;

/**
 * Builds isolated market data through the modules' facades: a hub with its own producer, an open
 * cycle and shoppers. Names are unique per call, so tests sharing a context never collide.
 */
@Component
public class MarketFixtures {

    public static final String PASSWORD = "fixture password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final NetworkApi network;
    private final CatalogApi catalog;
    private final MarketApi market;
    private final IdentityApi identity;
    private final Clock clock;

    MarketFixtures(NetworkApi network, CatalogApi catalog, MarketApi market, IdentityApi identity, Clock clock) {
        this.network = network;
        this.catalog = catalog;
        this.market = market;
        this.identity = identity;
        this.clock = clock;
    }

    /** A hub, one producer permitting it, the producer's account, and an open cycle with pickup. */
    public record Market(
            Enterprise hub,
            Enterprise producer,
            UserAccount producerAccount,
            UserAccount hubManager,
            CycleId cycle,
            long pickupOptionId) {}

    public Market market() {
        int n = SEQUENCE.incrementAndGet();
        String suffix = n + "-" + UUID.randomUUID().toString().substring(0, 6);
        Enterprise hub = network.register(new NewEnterprise(
                "test-hub-" + suffix,
                EnterpriseKind.HUB,
                null,
                "Test Hub " + suffix,
                "Testville",
                new GeoPoint(51.45, -2.58),
                "A hub for tests.",
                List.of(),
                List.of()));
        Enterprise producer = network.register(new NewEnterprise(
                "test-farm-" + suffix,
                EnterpriseKind.PRODUCER,
                ProducerType.FIELD_FARM,
                "Test Farm " + suffix,
                "Testville",
                new GeoPoint(51.40, -2.60),
                "A farm for tests.",
                List.of("organic"),
                List.of()));
        network.permitSales(producer.id(), hub.id());
        UserAccount producerAccount = identity.register(
                new NewUser("farm-" + suffix + "@example.org", "Farmer " + n, PASSWORD, Set.of(Role.PRODUCER)));
        network.addMember(producer.id(), producerAccount.id());
        UserAccount manager = identity.register(
                new NewUser("hub-" + suffix + "@example.org", "Manager " + n, PASSWORD, Set.of(Role.HUB_MANAGER)));
        network.addMember(hub.id(), manager.id());
        Instant now = clock.instant();
        CycleId cycle = market.createCycle(new NewCycle(
                hub.id(),
                "Test week " + suffix,
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(3)),
                Set.of(producer.id()),
                HubFee.NONE,
                0,
                "GBP",
                List.of(new NewFulfilment(
                        FulfilmentKind.PICKUP,
                        "Pickup",
                        "1 Test Street",
                        hub.location(),
                        now.plus(Duration.ofDays(4)),
                        now.plus(Duration.ofDays(4)).plus(Duration.ofHours(2)),
                        null,
                        0))));
        long pickup = fulfilmentOption(cycle);
        return new Market(hub, producer, producerAccount, manager, cycle, pickup);
    }

    /** Adds an all-year product with one variant of the given stock and price to the producer. */
    public Variant variant(Enterprise producer, String name, int onHand, long pricePence) {
        return variant(producer, name, "", onHand, pricePence);
    }

    /** Adds an all-year product made of {@code ingredients} (blank: its name says what it is). */
    public Variant variant(Enterprise producer, String name, String ingredients, int onHand, long pricePence) {
        String sku = "T-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 4);
        return catalog.addProduct(new NewProduct(
                        producer.id(),
                        name + " " + sku,
                        "vegetables",
                        "For tests.",
                        ingredients,
                        "",
                        7,
                        Season.ALL_YEAR,
                        null,
                        List.of(new NewVariant(
                                sku,
                                null,
                                UnitKind.WEIGHT,
                                new BigDecimal("500"),
                                Money.of(pricePence, "GBP"),
                                onHand,
                                false))))
                .get(0);
    }

    /**
     * Imports one finished order a week for the shopper, the oldest {@code quantities.length} weeks
     * ago and the newest last week, each in its own closed weekly cycle of the market's hub; a zero
     * is a week without an order.
     */
    public void weeklyHistory(Market m, Variant variant, UserAccount shopper, int... quantities) {
        Instant now = clock.instant();
        List<PastOrder> orders = new ArrayList<>();
        for (int i = 0; i < quantities.length; i++) {
            Instant closes =
                    now.minus(Duration.ofDays(7L * (quantities.length - i))).minus(Duration.ofHours(1));
            CycleId cycle = market.createCycle(new NewCycle(
                    m.hub().id(),
                    "Past week " + i,
                    closes.minus(Duration.ofDays(6)),
                    closes,
                    Set.of(m.producer().id()),
                    HubFee.NONE,
                    0,
                    "GBP",
                    List.of()));
            if (quantities[i] > 0) {
                orders.add(new PastOrder(
                        cycle,
                        m.hub().id(),
                        shopper.id(),
                        closes.minus(Duration.ofDays(1)),
                        OrderStatus.COMPLETED,
                        List.of(new PastOrder.Line(
                                variant.id(),
                                m.producer().id(),
                                variant.productName(),
                                quantities[i],
                                variant.price()))));
            }
        }
        market.importHistory(orders);
    }

    /**
     * A cycle of the market's hub that closed an hour ago, with home delivery tomorrow from 09:00 to
     * 17:00 and one placed delivery order of {@code packs} packs of the variant per point, each from
     * its own new shopper.
     *
     * @return the cycle
     */
    public CycleId deliveryCycle(Market m, Variant variant, int packs, GeoPoint... homes) {
        Instant now = clock.instant();
        java.time.ZonedDateTime tomorrow = now.atZone(clock.getZone())
                .toLocalDate()
                .plusDays(1)
                .atTime(9, 0)
                .atZone(clock.getZone());
        CycleId cycle = deliveryCycle(
                m,
                "Delivery week",
                now.minus(Duration.ofDays(6)),
                now.minus(Duration.ofHours(1)),
                tomorrow.toInstant(),
                10.0);
        long option = fulfilmentOption(cycle);
        List<PastOrder> orders = new ArrayList<>();
        for (int i = 0; i < homes.length; i++) {
            orders.add(new PastOrder(
                    cycle,
                    m.hub().id(),
                    shopper().id(),
                    now.minus(Duration.ofDays(2)),
                    OrderStatus.PLACED,
                    List.of(new PastOrder.Line(
                            variant.id(), m.producer().id(), variant.productName(), packs, variant.price())),
                    new PastOrder.Fulfilment(option, (i + 1) + " Test Road", homes[i], i == 0 ? "Ring twice" : "")));
        }
        market.importHistory(orders);
        return cycle;
    }

    /** An open cycle of the market's hub whose one fulfilment option is home delivery, for a fee. */
    public record DeliveryCycle(CycleId cycle, long optionId) {}

    /** An open cycle of the market's hub with home delivery within {@code radiusKm} of the hub for 3.00. */
    public DeliveryCycle openDeliveryCycle(Market m, double radiusKm) {
        Instant now = clock.instant();
        CycleId cycle = deliveryCycle(
                m,
                "Open delivery week",
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(3)),
                now.plus(Duration.ofDays(4)),
                radiusKm);
        return new DeliveryCycle(cycle, fulfilmentOption(cycle));
    }

    /** A cycle of the market's hub and producer whose one option is home delivery for 3.00, for 8 hours from {@code delivers}. */
    private CycleId deliveryCycle(
            Market m, String name, Instant opens, Instant closes, Instant delivers, double radiusKm) {
        return market.createCycle(new NewCycle(
                m.hub().id(),
                name + " " + SEQUENCE.incrementAndGet(),
                opens,
                closes,
                Set.of(m.producer().id()),
                HubFee.NONE,
                0,
                "GBP",
                List.of(new NewFulfilment(
                        FulfilmentKind.DELIVERY,
                        "Home delivery",
                        "",
                        null,
                        delivers,
                        delivers.plus(Duration.ofHours(8)),
                        radiusKm,
                        300))));
    }

    public UserAccount shopper() {
        int n = SEQUENCE.incrementAndGet();
        return identity.register(new NewUser(
                "shopper-" + n + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org",
                "Shopper " + n,
                PASSWORD,
                Set.of(Role.SHOPPER)));
    }

    private long fulfilmentOption(CycleId cycle) {
        return market.fulfilmentOptions(cycle).get(0).id();
    }
}
