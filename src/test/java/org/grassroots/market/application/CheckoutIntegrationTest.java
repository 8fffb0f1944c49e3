package org.grassroots.market.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.common.Money;
import org.grassroots.identity.UserAccount;
import org.grassroots.market.OrderStatus;
import org.grassroots.market.PaymentMethod;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CheckoutIntegrationTest {

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    Carts carts;

    @Autowired
    Checkout checkout;

    @Autowired
    Orders orders;

    @Autowired
    CatalogApi catalog;

    @Autowired
    HubDesk hubDesk;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void fiftyParallelCheckoutsForTenInStockPlaceExactlyTenOrders() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant hot = fixtures.variant(market.producer(), "Hot tomatoes", 10, 300);
        List<UserAccount> shoppers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UserAccount shopper = fixtures.shopper();
            carts.add(shopper.id(), market.cycle(), hot.id(), 1);
            shoppers.add(shopper);
        }

        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Checkout.Result>> attempts = shoppers.stream()
                .<Callable<Checkout.Result>>map(s -> () -> checkout.place(s.id(), market.cycle(), request(market)))
                .toList();
        List<Checkout.Result> results = new ArrayList<>();
        for (Future<Checkout.Result> f : pool.invokeAll(attempts)) {
            results.add(f.get());
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(results.stream().filter(Checkout.Placed.class::isInstance)).hasSize(10);
        List<Checkout.OutOfStock> refused = results.stream()
                .filter(Checkout.OutOfStock.class::isInstance)
                .map(Checkout.OutOfStock.class::cast)
                .toList();
        assertThat(refused).hasSize(40);
        assertThat(refused)
                .allSatisfy(r -> assertThat(r.shortages()).singleElement().satisfies(s -> {
                    assertThat(s.available()).isZero();
                    assertThat(s.productName()).startsWith("Hot tomatoes");
                }));
        assertThat(stockOf(hot)).isZero();
        long ordersForVariant = jdbc.sql("select count(*) from order_line where variant_id = ?")
                .param(hot.id().value())
                .query(Long.class)
                .single();
        assertThat(ordersForVariant).isEqualTo(10);
    }

    @Test
    void theSameIdempotencyKeyPlacesOneOrder() {
        MarketFixtures.Market market = fixtures.market();
        Variant variant = fixtures.variant(market.producer(), "Leeks", 20, 190);
        UserAccount shopper = fixtures.shopper();
        carts.add(shopper.id(), market.cycle(), variant.id(), 2);
        Checkout.Request request = request(market);

        Checkout.Result first = checkout.place(shopper.id(), market.cycle(), request);
        carts.add(shopper.id(), market.cycle(), variant.id(), 2); // the retry finds a full cart again
        Checkout.Result retry = checkout.place(shopper.id(), market.cycle(), request);

        assertThat(first).isInstanceOf(Checkout.Placed.class);
        assertThat(retry).isEqualTo(new Checkout.AlreadyPlaced(((Checkout.Placed) first).orderId()));
        assertThat(orders.history(shopper.id())).hasSize(1);
        assertThat(stockOf(variant)).isEqualTo(18);
    }

    @Test
    void concurrentRequestsWithOneKeyStillPlaceOneOrder() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant variant = fixtures.variant(market.producer(), "Kale", 20, 185);
        UserAccount shopper = fixtures.shopper();
        carts.add(shopper.id(), market.cycle(), variant.id(), 1);
        Checkout.Request request = request(market);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Checkout.Result>> results = pool.invokeAll(List.of(
                () -> checkout.place(shopper.id(), market.cycle(), request),
                () -> checkout.place(shopper.id(), market.cycle(), request),
                () -> checkout.place(shopper.id(), market.cycle(), request),
                () -> checkout.place(shopper.id(), market.cycle(), request)));
        pool.shutdown();

        long placed = 0;
        for (Future<Checkout.Result> r : results) {
            if (r.get() instanceof Checkout.Placed) {
                placed++;
            }
        }
        assertThat(placed).isEqualTo(1);
        assertThat(orders.history(shopper.id())).hasSize(1);
        assertThat(stockOf(variant)).isEqualTo(19);
    }

    @Test
    void cancellingWhileTheCycleIsOpenReturnsTheStock() {
        MarketFixtures.Market market = fixtures.market();
        Variant variant = fixtures.variant(market.producer(), "Beetroot", 5, 195);
        UserAccount shopper = fixtures.shopper();
        carts.add(shopper.id(), market.cycle(), variant.id(), 3);
        long orderId = ((Checkout.Placed) checkout.place(shopper.id(), market.cycle(), request(market))).orderId();
        assertThat(stockOf(variant)).isEqualTo(2);

        orders.cancel(shopper.id(), orderId);

        assertThat(orders.ofShopper(shopper.id(), orderId).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stockOf(variant)).isEqualTo(5);
    }

    @Test
    void payingByCreditNeedsEnoughCreditAndIsRefundedOnCancel() {
        MarketFixtures.Market market = fixtures.market();
        Variant variant = fixtures.variant(market.producer(), "Honey", 10, 650);
        UserAccount shopper = fixtures.shopper();
        carts.add(shopper.id(), market.cycle(), variant.id(), 1);
        Checkout.Request byCredit = new Checkout.Request(
                market.pickupOptionId(),
                PaymentMethod.CREDIT,
                "",
                null,
                null,
                UUID.randomUUID().toString());

        Checkout.Result refused = checkout.place(shopper.id(), market.cycle(), byCredit);
        assertThat(refused).isEqualTo(new Checkout.Rejected("payment", "Your credit does not cover this order."));
        assertThat(stockOf(variant)).isEqualTo(10);

        hubDesk.topUp(
                market.hub().id(),
                shopper.email(),
                Money.of(1000, "GBP"),
                "test top-up",
                market.hubManager().id());
        long orderId = ((Checkout.Placed) checkout.place(
                        shopper.id(),
                        market.cycle(),
                        new Checkout.Request(
                                market.pickupOptionId(), PaymentMethod.CREDIT, "", null, null, "credit-2")))
                .orderId();
        assertThat(orders.creditBalance(shopper.id(), market.hub().id(), "GBP").minorUnits())
                .isEqualTo(350);

        orders.cancel(shopper.id(), orderId);
        assertThat(orders.creditBalance(shopper.id(), market.hub().id(), "GBP").minorUnits())
                .isEqualTo(1000);
        assertThat(orders.creditBalances(shopper.id(), "GBP"))
                .containsExactly(new Orders.CreditBalance(market.hub().name(), Money.of(1000, "GBP")));
    }

    @Test
    void theCreditLedgerCannotBeRewritten() {
        MarketFixtures.Market market = fixtures.market();
        UserAccount shopper = fixtures.shopper();
        hubDesk.topUp(
                market.hub().id(),
                shopper.email(),
                Money.of(500, "GBP"),
                "top-up",
                market.hubManager().id());

        assertThatThrownBy(() -> jdbc.sql("update credit_entry set amount_minor = 99999 where shopper_id = ?")
                        .param(shopper.id().value())
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aBasketThatRunsOutWritesNothingAndAPlacedOrderLeavesOneDurablePublication() {
        MarketFixtures.Market market = fixtures.market();
        Variant plenty = fixtures.variant(market.producer(), "Onions", 20, 120);
        Variant scarce = fixtures.variant(market.producer(), "Morels", 1, 900);
        UserAccount shopper = fixtures.shopper();
        carts.add(shopper.id(), market.cycle(), plenty.id(), 2);
        carts.add(shopper.id(), market.cycle(), scarce.id(), 1);
        UserAccount quicker = fixtures.shopper();
        carts.add(quicker.id(), market.cycle(), scarce.id(), 1);
        Checkout.Result won = checkout.place(quicker.id(), market.cycle(), request(market));

        Checkout.Result result = checkout.place(shopper.id(), market.cycle(), request(market));

        assertThat(result).isInstanceOf(Checkout.OutOfStock.class);
        assertThat(orders.history(shopper.id())).isEmpty();
        assertThat(carts.cart(shopper.id(), market.cycle()).units()).isEqualTo(3);
        assertThat(stockOf(plenty)).isEqualTo(20);
        // the order that went through is recorded for the one durable listener (demand history);
        // the personal shopper's in-memory relearn runs after commit without a publication row
        assertThat(jdbc.sql("select listener_id from event_publication where event_type like '%OrderPlaced'"
                                + " and serialized_event like ?")
                        .param("%\"orderId\":" + ((Checkout.Placed) won).orderId() + ",%")
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("DemandHistory");
    }

    @Test
    void deliveryReachesNeighbourhoodsWithinTheZoneForItsFee() {
        MarketFixtures.Market market = fixtures.market(); // the hub is in central Bristol
        MarketFixtures.DeliveryCycle delivery = fixtures.openDeliveryCycle(market, 10.0);
        Variant variant = fixtures.variant(market.producer(), "Beetroot", 10, 200);
        UserAccount near = fixtures.shopper();
        UserAccount far = fixtures.shopper();
        carts.add(near.id(), delivery.cycle(), variant.id(), 1);
        carts.add(far.id(), delivery.cycle(), variant.id(), 1);

        assertThat(checkout.place(far.id(), delivery.cycle(), deliveryTo(delivery, "Portishead"))) // 13 km
                .isEqualTo(new Checkout.Rejected("fulfilment", "Your address is outside this delivery zone."));
        Checkout.Placed placed =
                (Checkout.Placed) checkout.place(near.id(), delivery.cycle(), deliveryTo(delivery, "Bedminster"));

        assertThat(placed.order().deliveryFee()).isEqualTo(Money.of(300, "GBP"));
        assertThat(placed.order().total()).isEqualTo(Money.of(500, "GBP"));
        assertThat(stockOf(variant)).isEqualTo(9);
    }

    private static Checkout.Request deliveryTo(MarketFixtures.DeliveryCycle delivery, String neighbourhood) {
        return new Checkout.Request(
                delivery.optionId(),
                PaymentMethod.PAY_AT_PICKUP,
                "",
                "1 Test Road",
                neighbourhood,
                UUID.randomUUID().toString());
    }

    private static Checkout.Request request(MarketFixtures.Market market) {
        return new Checkout.Request(
                market.pickupOptionId(),
                PaymentMethod.PAY_AT_PICKUP,
                "",
                null,
                null,
                UUID.randomUUID().toString());
    }

    private int stockOf(Variant variant) {
        return catalog.variants(List.of(variant.id())).get(0).stock().onHand();
    }

    @Test
    void aCycleClosedEarlyTakesNoMoreOrdersButKeepsThePlacedOnes() {
        MarketFixtures.Market market = fixtures.market();
        Variant variant = fixtures.variant(market.producer(), "Chard", 10, 230);
        UserAccount early = fixtures.shopper();
        UserAccount late = fixtures.shopper();
        carts.add(early.id(), market.cycle(), variant.id(), 1);
        carts.add(late.id(), market.cycle(), variant.id(), 1);
        long placed = ((Checkout.Placed) checkout.place(early.id(), market.cycle(), request(market))).orderId();

        hubDesk.closeNow(market.hub().id(), market.cycle());

        assertThat(checkout.place(late.id(), market.cycle(), request(market)))
                .isEqualTo(new Checkout.Rejected("cycle", "This order cycle is not open."));
        assertThat(orders.ofShopper(early.id(), placed).status()).isEqualTo(OrderStatus.PLACED);
        assertThatThrownBy(() -> hubDesk.closeNow(market.hub().id(), market.cycle()))
                .isInstanceOf(MarketProblem.class)
                .hasMessage("This cycle has already closed.");
    }

    @Test
    void aCycleReadByAnotherRequestWhileItClosesIsNotServedOpenAfterwards() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant variant = fixtures.variant(market.producer(), "Leeks", 10, 180);
        UserAccount late = fixtures.shopper();
        carts.add(late.id(), market.cycle(), variant.id(), 1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            transaction.executeWithoutResult(status -> {
                hubDesk.closeNow(market.hub().id(), market.cycle());
                try {
                    // another request reads (and caches) the cycle as committed: still open
                    other.submit(() -> hubDesk.cycle(market.hub().id(), market.cycle()))
                            .get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            other.shutdownNow();
        }

        assertThat(checkout.place(late.id(), market.cycle(), request(market)))
                .isEqualTo(new Checkout.Rejected("cycle", "This order cycle is not open."));
    }
}
