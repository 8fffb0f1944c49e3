package org.grassroots.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.support.MarketFixtures.PASSWORD;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.identity.UserAccount;
import org.grassroots.market.MarketApi;
import org.grassroots.market.OrderStatus;
import org.grassroots.market.PastOrder;
import org.grassroots.market.PaymentMethod;
import org.grassroots.market.application.Checkout;
import org.grassroots.market.application.Orders;
import org.grassroots.supply.application.Lots;
import org.grassroots.supply.application.Planning;
import org.grassroots.supply.application.Planning.Anomaly;
import org.grassroots.supply.application.Planning.HistoryPoint;
import org.grassroots.supply.application.Planning.ProductPlan;
import org.grassroots.supply.application.WasteLog;
import org.grassroots.supply.persistence.AnomalyStore.Status;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.grassroots.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SupplyIntegrationTest {

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    Planning planning;

    @Autowired
    Lots lots;

    @Autowired
    WasteLog waste;

    @Autowired
    CatalogApi catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MarketApi market;

    @Autowired
    Checkout checkout;

    @Autowired
    Orders orders;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void aSpikeIsHeldOutOfTheForecastUntilRejectedAndTheDecisionIsKept() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant kale = fixtures.variant(m.producer(), "Kale", 100, 250); // 500 g packs
        UserAccount shopper = fixtures.shopper();
        fixtures.weeklyHistory(m, kale, shopper, 10, 11, 9, 10, 12, 10, 11, 9, 10, 11, 10, 60);
        awaitDemand(kale, 12);

        Planning.Plan plan = planning.plan(m.producer().id(), 90);

        ProductPlan kalePlan = plan.products().get(0);
        assertThat(kalePlan.unit()).isEqualTo("kg");
        assertThat(kalePlan.history())
                .extracting(HistoryPoint::ordered)
                .startsWith(5.0, 5.5, 4.5)
                .endsWith(30.0);
        Anomaly spike = plan.pending().get(0);
        assertThat(plan.pending()).hasSize(1);
        assertThat(spike.kind()).isEqualTo("SPIKE");
        assertThat(spike.observed()).isEqualTo(30.0);
        assertThat(spike.expected()).isBetween(4.5, 6.0);
        HistoryPoint last = kalePlan.history().get(kalePlan.history().size() - 1);
        assertThat(last.heldOut()).isTrue();
        assertThat(last.used()).isBetween(4.5, 6.0);
        // the forecast follows the usual five kilos, not the spike
        Planning.ForecastPoint next = kalePlan.forecast().get(0);
        assertThat(next.p50()).isBetween(4.0, 6.5);
        assertThat(next.p90()).isGreaterThan(next.p50());
        assertThat(next.plan()).isCloseTo(next.p90(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(planning.plan(m.producer().id(), 50)
                        .products()
                        .get(0)
                        .forecast()
                        .get(0)
                        .plan())
                .isCloseTo(next.p50(), org.assertj.core.data.Offset.offset(0.01));

        assertThat(planning.decide(
                        m.producer().id(),
                        spike.id(),
                        false,
                        m.producerAccount().id()))
                .isTrue();
        assertThat(planning.decide(
                        m.producer().id(), spike.id(), true, m.producerAccount().id()))
                .as("a decision is final")
                .isFalse();
        Planning.Plan after = planning.plan(m.producer().id(), 90);
        assertThat(after.pending()).isEmpty();
        assertThat(after.decided()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(Status.REJECTED);
            assertThat(a.decidedAt()).isNotNull();
        });
        assertThat(last(after).heldOut()).as("a rejected glitch stays out").isTrue();
    }

    @Test
    void aConfirmedLevelShiftBecomesTheNewNormal() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant eggs = fixtures.variant(m.producer(), "Eggs", 500, 300);
        fixtures.weeklyHistory(m, eggs, fixtures.shopper(), 10, 10, 11, 9, 10, 10, 11, 10, 9, 10, 30, 31, 29, 30);
        awaitDemand(eggs, 14);

        Anomaly shift = planning.plan(m.producer().id(), 90).pending().get(0);
        assertThat(shift.kind()).isEqualTo("SHIFT");
        assertThat(shift.weeks()).isEqualTo(4);
        double heldBack = planning.plan(m.producer().id(), 90)
                .products()
                .get(0)
                .forecast()
                .get(0)
                .p50();

        planning.decide(m.producer().id(), shift.id(), true, m.producerAccount().id());

        ProductPlan confirmed = planning.plan(m.producer().id(), 90).products().get(0);
        assertThat(last(confirmed).heldOut()).isFalse();
        assertThat(confirmed.forecast().get(0).p50()).isGreaterThan(heldBack + 3);
    }

    @Test
    void ordersRepeatedInOneCycleAreFlaggedHoweverSmall() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant jam = fixtures.variant(m.producer(), "Jam", 500, 400);
        UserAccount shopper = fixtures.shopper();
        fixtures.weeklyHistory(m, jam, shopper, 4, 4, 4, 4);
        PastOrder twice = new PastOrder(
                m.cycle(),
                m.hub().id(),
                shopper.id(),
                clock.instant(),
                OrderStatus.PLACED,
                List.of(new PastOrder.Line(jam.id(), m.producer().id(), jam.productName(), 4, jam.price())));
        market.importHistory(List.of(twice, twice)); // a double submission in the open cycle
        awaitDemand(jam, 6);
        assertThat(planning.plan(m.producer().id(), 90).pending())
                .as("the open cycle is not history yet")
                .isEmpty();
        // the cycle closes
        jdbc.sql("update supply_demand set cycle_closes_at = now() - interval '1 minute',"
                        + " cycle_week = date_trunc('week', now())::date where cycle_id = ?")
                .param(m.cycle().value())
                .update();

        List<Anomaly> pending = planning.plan(m.producer().id(), 90).pending();

        assertThat(pending).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("DUPLICATE");
            assertThat(a.repeatOrders()).isEqualTo(1);
            assertThat(a.observed()).isEqualTo(4.0); // two orders of 4 × 500 g
            assertThat(a.expected()).isEqualTo(2.0); // without the repeat
        });
    }

    @Test
    void anOrderPlacedAtCheckoutEntersDemandHistoryAndLeavesItWhenCancelled() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant honey = fixtures.variant(m.producer(), "Honey", 50, 600);
        UserAccount kim = fixtures.shopper();
        assertThat(market.addToCart(kim.id(), m.cycle(), Map.of(honey.id(), 3))).isEmpty();
        Checkout.Result placed = checkout.place(
                kim.id(),
                m.cycle(),
                new Checkout.Request(m.pickupOptionId(), PaymentMethod.PAY_AT_PICKUP, "", null, null, null, false));
        long orderId = ((Checkout.Placed) placed).orderId();
        awaitDemand(honey, 1);
        // three 500 g jars, as the order event carried them: no catalog read behind the history
        assertThat(jdbc.sql("select product_id, quantity, amount, unit from supply_demand where order_id = ?")
                        .param(orderId)
                        .query((rs, n) -> List.of(
                                rs.getLong("product_id"),
                                rs.getInt("quantity"),
                                rs.getBigDecimal("amount").toPlainString(),
                                rs.getString("unit")))
                        .single())
                .containsExactly(honey.productId().value(), 3, "1.500", "kg");

        orders.cancel(kim.id(), orderId);

        DemandHistoryWait.none(jdbc, honey);
    }

    @Test
    void aNearExpiryLotIsMarkedDownOnAcceptanceAndShoppersSeeItOnTheRescueShelf() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant beans = fixtures.variant(m.producer(), "Runner beans", 20, 300);
        LocalDate today = LocalDate.now(clock);
        long near = lots.record(m.producer().id(), beans.id(), "B-1", today.minusDays(3), today.plusDays(2), 10);
        long fresh = lots.record(m.producer().id(), beans.id(), "B-2", today, today.plusDays(12), 10);
        assertThatThrownBy(() -> lots.record(m.producer().id(), beans.id(), "B-2", today, today, 1))
                .hasMessageContaining("already have a lot with this code");
        assertThat(lots.lots(m.producer().id()))
                .extracting(Lots.Lot::code, Lots.Lot::suggestedPercent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B-1", 30), org.assertj.core.groups.Tuple.tuple("B-2", 0));
        assertThatThrownBy(() -> lots.acceptMarkdown(m.producer().id(), fresh)).isInstanceOf(Lots.LotProblem.class);
        MarketFixtures.Market other = fixtures.market();
        assertThatThrownBy(() -> lots.acceptMarkdown(other.producer().id(), near))
                .as("another producer's lot")
                .isInstanceOf(Lots.LotProblem.class);

        assertThat(lots.acceptMarkdown(m.producer().id(), near)).isEqualTo(30);

        Variant marked = catalog.variants(List.of(beans.id())).get(0);
        assertThat(marked.price().minorUnits()).isEqualTo(210);
        assertThat(marked.regularPrice().minorUnits()).isEqualTo(300);
        assertThat(marked.markdown().endsOn()).isEqualTo(today.plusDays(2));
        String shop = WebSession.anonymous(port)
                .get("/shop/" + m.hub().slug(), "text/html")
                .body();
        assertThat(shop)
                .contains("data-testid=\"rescue-shelf\"")
                .contains(beans.productName())
                .contains("−30 %");
    }

    @Test
    void wasteIsLoggedWithItsValueReportedByWeekAndDownloadedAsCsvAndBadInputNamesTheField() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant leeks = fixtures.variant(m.producer(), "Leeks", 20, 250);
        WebSession farmer = WebSession.signedIn(port, m.producerAccount().email(), MarketFixtures.PASSWORD);

        HttpResponse<String> bad =
                farmer.post("/producer/waste", "variant=" + leeks.id().value() + "&quantity=lots&kind=SPOILED&reason=");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Enter a whole number from 1 to").contains("Enter 1 to 300 characters.");
        assertThat(waste.report(m.producer().id(), null).entries()).isEmpty();
        MarketFixtures.Market other = fixtures.market();
        Variant theirs = fixtures.variant(other.producer(), "Their leeks", 20, 250);
        assertThat(farmer.post(
                                "/producer/waste",
                                "variant=" + theirs.id().value() + "&quantity=2&kind=DONATED&reason=Surplus")
                        .body())
                .contains("Choose one of the products listed.");

        HttpResponse<String> good = farmer.post(
                "/producer/waste",
                "variant=" + leeks.id().value() + "&quantity=4&kind=DONATED&reason=Food bank, Friday");
        assertThat(good.statusCode()).isEqualTo(302);

        WasteLog.Report report = waste.report(m.producer().id(), null);
        assertThat(report.entries()).singleElement().satisfies(e -> {
            assertThat(e.quantity()).isEqualByComparingTo("2.000"); // 4 × 500 g
            assertThat(e.unit()).isEqualTo("kg");
            assertThat(e.valueMinor()).isEqualTo(1000);
        });
        assertThat(report.total(WasteKind.DONATED)).isEqualTo(1000);
        assertThat(report.weeks()).hasSize(WasteLog.REPORT_WEEKS);
        assertThat(farmer.get("/producer/waste", "text/html").body()).contains("data-testid=\"waste-chart\"");
        String csv = farmer.get("/producer/waste.csv", "text/csv").body();
        assertThat(csv.lines().toList())
                .hasSize(2)
                .last()
                .asString()
                .contains(leeks.productName() + ",2,kg,donated,10.00,GBP,,,\"Food bank, Friday\"");
        assertThat(waste.report(null, m.hub().id()).entries())
                .as("not logged at the hub")
                .isEmpty();
    }

    @Test
    void thePlanPageRendersTheChartAndABadServiceLevelIsAFormErrorNotAFailure() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant chard = fixtures.variant(m.producer(), "Chard", 100, 200);
        fixtures.weeklyHistory(m, chard, fixtures.shopper(), 5, 6, 5, 6);
        awaitDemand(chard, 4);
        WebSession farmer = WebSession.signedIn(port, m.producerAccount().email(), MarketFixtures.PASSWORD);

        String page = farmer.get("/producer/plan", "text/html").body();
        assertThat(page).contains("data-testid=\"forecast-chart\"").contains("data-testid=\"p90-band\"");
        HttpResponse<String> bad = farmer.get("/producer/plan?level=lots", "text/html");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Choose one of the levels listed.");
        assertThat(farmer.post("/producer/plan/anomalies/999999999", "decision=reject")
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void theApiGivesThePlanAndRecordsDecisionsWithProblemsNamingTheField() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant kale = fixtures.variant(m.producer(), "Kale", 100, 250);
        fixtures.weeklyHistory(m, kale, fixtures.shopper(), 10, 11, 9, 10, 12, 10, 11, 9, 10, 11, 10, 60);
        awaitDemand(kale, 12);
        String email = m.producerAccount().email();

        HttpResponse<String> plan =
                WebSession.api(port, "GET", "/api/v1/producer/plan?serviceLevel=95", email, PASSWORD, null);
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body())
                .contains("\"serviceLevel\":95")
                .contains("\"kind\":\"SPIKE\"")
                .contains("\"p90\"");
        HttpResponse<String> badLevel =
                WebSession.api(port, "GET", "/api/v1/producer/plan?serviceLevel=97", email, PASSWORD, null);
        assertThat(badLevel.statusCode()).isEqualTo(400);
        assertThat(badLevel.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(badLevel.body()).contains("serviceLevel");

        long id = planning.plan(m.producer().id(), 90).pending().get(0).id();
        String path = "/api/v1/producer/anomalies/" + id + "/decision";
        HttpResponse<String> badDecision =
                WebSession.api(port, "POST", path, email, PASSWORD, "{\"decision\":\"maybe\"}");
        assertThat(badDecision.statusCode()).isEqualTo(400);
        assertThat(badDecision.body()).contains("decision");
        assertThat(WebSession.api(port, "POST", path, email, PASSWORD, "{\"decision\":\"reject\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(WebSession.api(port, "POST", path, email, PASSWORD, "{\"decision\":\"confirm\"}")
                        .statusCode())
                .as("already decided")
                .isEqualTo(404);
        MarketFixtures.Market other = fixtures.market();
        assertThat(WebSession.api(
                                port,
                                "GET",
                                "/api/v1/producer/plan",
                                other.producerAccount().email(),
                                PASSWORD,
                                null)
                        .body())
                .as("another producer sees none of it")
                .doesNotContain(kale.productName());
    }

    private void awaitDemand(Variant variant, int lines) throws InterruptedException {
        DemandHistoryWait.atLeast(jdbc, variant, lines);
    }

    private static HistoryPoint last(ProductPlan plan) {
        return plan.history().get(plan.history().size() - 1);
    }

    private static HistoryPoint last(Planning.Plan plan) {
        return last(plan.products().get(0));
    }
}
