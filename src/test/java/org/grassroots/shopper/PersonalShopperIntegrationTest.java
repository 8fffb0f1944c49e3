package org.grassroots.shopper;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.common.Money;
import org.grassroots.common.ProductId;
import org.grassroots.identity.UserAccount;
import org.grassroots.market.MarketApi;
import org.grassroots.market.OrderStatus;
import org.grassroots.market.PastOrder;
import org.grassroots.market.PaymentMethod;
import org.grassroots.market.application.Checkout;
import org.grassroots.network.NetworkApi;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.SafetyApi;
import org.grassroots.safety.Severity;
import org.grassroots.safety.domain.Member;
import org.grassroots.safety.persistence.HouseholdStore;
import org.grassroots.shopper.persistence.SettingsStore;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.grassroots.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class PersonalShopperIntegrationTest {

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    MarketApi market;

    @Autowired
    ShopperApi shopper;

    @Autowired
    HubModels models;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    HouseholdStore households;

    @Autowired
    SafetyApi safety;

    @Autowired
    Checkout checkout;

    @Autowired
    CatalogApi catalog;

    @Autowired
    NetworkApi network;

    @Autowired
    SettingsStore settings;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void noSuggestionEverViolatesTheHouseholdsAllergensEvenWhenTheHistoryIsFullOfThem() {
        MarketFixtures.Market m = fixtures.market();
        List<Variant> dairy = List.of(
                fixtures.variant(m.producer(), "Whole milk", "Whole milk", 50, 120),
                fixtures.variant(m.producer(), "Salted butter", "Butter (milk), salt", 50, 250),
                fixtures.variant(m.producer(), "Farmhouse cheddar", "Milk, salt, rennet", 50, 400),
                fixtures.variant(m.producer(), "Cream scones", "Wheat flour, cream, sugar", 50, 300));
        List<Variant> plain = List.of(
                fixtures.variant(m.producer(), "Carrots", 50, 100),
                fixtures.variant(m.producer(), "Potatoes", 50, 150),
                fixtures.variant(m.producer(), "Apples", 50, 200));
        UserAccount ada = fixtures.shopper();
        List<PastOrder> history = new ArrayList<>();
        for (int week = 1; week <= 8; week++) {
            history.add(order(m, ada, week, dairy)); // every week nothing but dairy
            history.add(order(
                    m,
                    fixtures.shopper(),
                    week,
                    Stream.concat(dairy.stream(), plain.stream()).toList()));
        }
        market.importHistory(history);

        // before the allergy, the dairy is what Ada buys again: the check below can fail
        assertThat(products(
                        shopper.shelves(ada.id(), m.hub().id()).orElseThrow().buyAgain()))
                .containsAll(products(dairy));

        households.add(ada.id(), new Member(0, "Ada", Map.of(Allergen.MILK, Severity.CONTAINS), Set.of()));

        Shelves shelves = shopper.shelves(ada.id(), m.hub().id()).orElseThrow();
        BasketProposal basket =
                shopper.propose(ada.id(), m.hub().id(), Money.of(10_000, "GBP")).orElseThrow();
        List<ProductId> suggested = new ArrayList<>(products(shelves.buyAgain()));
        suggested.addAll(products(shelves.forYou()));
        suggested.addAll(products(
                basket.lines().stream().map(BasketProposal.Line::suggestion).toList()));
        assertThat(suggested).isNotEmpty().doesNotContainAnyElementsOf(products(dairy));
        assertThat(safety.assess(ada.id(), suggested).values()).allMatch(a -> a.safe());
        assertThat(shelves.buyAgain()).isEmpty();
        assertThat(products(shelves.forYou())).containsExactlyInAnyOrderElementsOf(products(plain));
    }

    @Test
    void aBasketStaysWithinBudgetAndStockAndExplainsEveryLine() {
        MarketFixtures.Market m = fixtures.market();
        Variant eggs = fixtures.variant(m.producer(), "Eggs", 2, 300);
        Variant bread = fixtures.variant(m.producer(), "Sourdough", 50, 450);
        Variant kale = fixtures.variant(m.producer(), "Kale", 50, 200);
        UserAccount sam = fixtures.shopper();
        List<PastOrder> history = new ArrayList<>();
        for (int week = 1; week <= 6; week++) {
            // eggs every week, bread in the latest four: eggs rank first, and the usual basket has 2 products
            history.add(order(m, sam, week, week <= 4 ? List.of(eggs, bread) : List.of(eggs), 3));
            history.add(order(m, fixtures.shopper(), week, List.of(eggs, bread, kale), 1));
        }
        market.importHistory(history);

        BasketProposal basket =
                shopper.propose(sam.id(), m.hub().id(), Money.of(1_500, "GBP")).orElseThrow();

        assertThat(basket.total().minorUnits()).isLessThanOrEqualTo(1_500);
        assertThat(basket.lines()).allSatisfy(line -> {
            assertThat(line.suggestion().why().score()).isPositive();
            assertThat(line.shortOfStock()).isFalse();
        });
        // eggs: usually 3, only 2 in stock; bread: usually 3, then the budget runs out at 2
        assertThat(basket.lines())
                .extracting(l -> l.suggestion().variant().productName(), BasketProposal.Line::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(eggs.productName(), 2),
                        org.assertj.core.groups.Tuple.tuple(bread.productName(), 2));
        BasketProposal.Line first = basket.lines().get(0);
        assertThat(first.suggestion().why().recentWithItem()).isEqualTo(6);
        assertThat(first.suggestion().why().usualQuantity()).isEqualTo(3);

        // the shopper removes the bread: the rest is explained again and totals follow
        BasketProposal edited = shopper.review(sam.id(), m.hub().id(), Money.of(1_500, "GBP"), Map.of(eggs.id(), 2))
                .orElseThrow();
        assertThat(edited.total()).isEqualTo(Money.of(600, "GBP"));
        assertThat(edited.lines().get(0).suggestion().why().recentWithItem()).isEqualTo(6);
    }

    @Test
    void learnsFromNewOrdersAndLetsTheShopperSeeTurnOffAndDeleteWhatItLearned() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant leeks = fixtures.variant(m.producer(), "Leeks", 50, 180);
        Variant honey = fixtures.variant(m.producer(), "Honey", 50, 500);
        List<PastOrder> history = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            history.add(order(m, fixtures.shopper(), week, List.of(leeks)));
        }
        market.importHistory(history);
        UserAccount kim = fixtures.shopper();
        assertThat(shopper.shelves(kim.id(), m.hub().id()).orElseThrow().buyAgain())
                .isEmpty();

        // an order placed now is learned from in the background
        assertThat(market.addToCart(kim.id(), m.cycle(), Map.of(honey.id(), 2))).isEmpty();
        assertThat(checkout.place(
                        kim.id(),
                        m.cycle(),
                        new Checkout.Request(
                                m.pickupOptionId(), PaymentMethod.PAY_AT_PICKUP, "", null, null, null, false)))
                .isInstanceOf(Checkout.Placed.class);
        awaitBuyAgain(kim, m, honey);
        ShopperProfile.Hub learned = shopper.profile(kim.id()).hubs().stream()
                .filter(h -> h.hub().id().equals(m.hub().id()))
                .findFirst()
                .orElseThrow();
        assertThat(learned.orders()).isEqualTo(1);
        assertThat(learned.items()).extracting(ShopperProfile.Item::product).containsExactly(honey.productName());

        // a restart learns the same from the order history in the database
        HubModels.HubModel afterRestart = new HubModels(market, catalog, network, settings, clock, Duration.ZERO)
                .of(m.hub().id());
        assertThat(afterRestart.households()).containsKey(kim.id());
        assertThat(afterRestart.orders()).isEqualTo(models.of(m.hub().id()).orders());

        // off: no personal shelves, a basket of popular products, and its orders are not learned from
        shopper.personalize(kim.id(), false);
        Shelves off = shopper.shelves(kim.id(), m.hub().id()).orElseThrow();
        assertThat(off.personalized()).isFalse();
        assertThat(off.buyAgain()).isEmpty();
        BasketProposal popular =
                shopper.propose(kim.id(), m.hub().id(), Money.of(2_000, "GBP")).orElseThrow();
        assertThat(popular.personalized()).isFalse();
        assertThat(popular.lines())
                .allSatisfy(l -> assertThat(l.suggestion().why().own()).isZero());
        assertThat(shopper.profile(kim.id()).hubs()).isEmpty();
        shopper.personalize(kim.id(), true);

        // deleting the profile forgets every order so far, at once
        shopper.deleteProfile(kim.id());
        assertThat(shopper.profile(kim.id()).hubs()).isEmpty();
        assertThat(shopper.shelves(kim.id(), m.hub().id()).orElseThrow().buyAgain())
                .isEmpty();
        assertThat(shopper.settings(kim.id()).forgetBefore()).isNotNull();
    }

    @Test
    void badInputGetsAnErrorThatNamesTheFieldAndNeverA500() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant leeks = fixtures.variant(m.producer(), "Leeks", 50, 180);
        UserAccount lee = fixtures.shopper();
        String hub = m.hub().slug();

        HttpResponse<String> budget = WebSession.api(
                port,
                "POST",
                "/api/v1/shops/" + hub + "/basket-proposals",
                lee.email(),
                MarketFixtures.PASSWORD,
                "{\"budget\":\"lots\"}");
        assertThat(budget.statusCode()).isEqualTo(400);
        assertThat(budget.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(budget.body()).contains("\"field\":\"budget\"");
        assertThat(WebSession.api(
                                port,
                                "GET",
                                "/api/v1/shops/no-such-shop/suggestions",
                                lee.email(),
                                MarketFixtures.PASSWORD,
                                null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(WebSession.api(port, "PUT", "/api/v1/shopper/settings", lee.email(), MarketFixtures.PASSWORD, "{}")
                        .body())
                .contains("\"field\":\"personalized\"");

        WebSession web = WebSession.signedIn(port, lee.email(), MarketFixtures.PASSWORD);
        HttpResponse<String> page = web.get("/shop/" + hub + "/fill?budget=-3", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"budget-error\"").contains("aria-invalid=\"true\"");
        HttpResponse<String> quantity = web.post(
                "/shop/" + hub + "/fill", "budget=20&variant=" + leeks.id().value() + "&quantity=many");
        assertThat(quantity.statusCode()).isEqualTo(200);
        assertThat(quantity.body()).contains("Choose a quantity from 1 to 99");
        assertThat(web.get("/shop/no-such-shop/fill?budget=20", "text/html").statusCode())
                .isEqualTo(404);
    }

    private void awaitBuyAgain(UserAccount user, MarketFixtures.Market m, Variant product) throws InterruptedException {
        within10s(
                "The new order was learned from",
                () -> products(shopper.shelves(user.id(), m.hub().id())
                                .orElseThrow()
                                .buyAgain())
                        .contains(product.productId()));
    }

    /** Polls until the condition holds, failing with its description after 10 s. */
    private static void within10s(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what + " within 10 s").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void turningSuggestionsOffIsLearnedFromTheCommittedSettings() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant leeks = fixtures.variant(m.producer(), "Leeks", 50, 180);
        UserAccount kim = fixtures.shopper();
        market.importHistory(List.of(order(m, kim, 2, List.of(leeks)), order(m, kim, 1, List.of(leeks))));
        assertThat(models.of(m.hub().id()).households()).containsKey(kim.id());

        // a relearn that started inside the transaction would read Kim's old setting and keep her
        transaction.executeWithoutResult(status -> {
            shopper.personalize(kim.id(), false);
            sleep(Duration.ofSeconds(2));
        });

        within10s(
                "relearned without Kim",
                () -> !models.of(m.hub().id()).households().containsKey(kim.id()));
    }

    @Test
    void aBusyHubIsLearnedAtMostOncePerPause() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant leeks = fixtures.variant(m.producer(), "Leeks", 50, 180);
        market.importHistory(List.of(order(m, fixtures.shopper(), 1, List.of(leeks))));
        HubModels paused = new HubModels(market, catalog, network, settings, clock, Duration.ofSeconds(2));
        HubModels.HubModel first = paused.of(m.hub().id());

        paused.relearn(m.hub().id());
        HubModels.HubModel second = awaitNewModel(paused, m, first);
        long started = System.nanoTime();
        paused.relearn(m.hub().id());
        paused.relearn(m.hub().id()); // queued once
        awaitNewModel(paused, m, second);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1500));
    }

    private static HubModels.HubModel awaitNewModel(HubModels models, MarketFixtures.Market m, HubModels.HubModel old)
            throws InterruptedException {
        within10s("learned again", () -> models.of(m.hub().id()) != old);
        return models.of(m.hub().id());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private PastOrder order(MarketFixtures.Market m, UserAccount who, int weeksAgo, List<Variant> items) {
        return order(m, who, weeksAgo, items, 1);
    }

    private PastOrder order(MarketFixtures.Market m, UserAccount who, int weeksAgo, List<Variant> items, int quantity) {
        return new PastOrder(
                m.cycle(),
                m.hub().id(),
                who.id(),
                clock.instant().minus(Duration.ofDays(7L * weeksAgo)),
                OrderStatus.COMPLETED,
                items.stream()
                        .map(v -> new PastOrder.Line(v.id(), v.producer(), v.productName(), quantity, v.price()))
                        .toList());
    }

    private static List<ProductId> products(List<?> items) {
        return items.stream()
                .map(i -> i instanceof Suggestion s ? s.variant().productId() : ((Variant) i).productId())
                .toList();
    }
}
