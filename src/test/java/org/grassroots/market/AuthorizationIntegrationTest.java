package org.grassroots.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.identity.UserAccount;
import org.grassroots.market.application.Carts;
import org.grassroots.market.application.Checkout;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.grassroots.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Nobody sees or changes what is not theirs, through pages or the API; "not yours" reads as "not found". */
@IntegrationTest
class AuthorizationIntegrationTest {

    private static final String PASSWORD = MarketFixtures.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    Carts carts;

    @Autowired
    Checkout checkout;

    @Autowired
    CatalogApi catalog;

    private MarketFixtures.Market mine;
    private MarketFixtures.Market theirs;
    private Variant myVariant;
    private Variant theirVariant;
    private UserAccount theirShopper;
    private long theirOrder;

    @BeforeEach
    void twoMarkets() {
        mine = fixtures.market();
        theirs = fixtures.market();
        myVariant = fixtures.variant(mine.producer(), "My carrots", 30, 180);
        theirVariant = fixtures.variant(theirs.producer(), "Their carrots", 30, 180);
        theirShopper = fixtures.shopper();
        carts.add(theirShopper.id(), theirs.cycle(), theirVariant.id(), 2);
        theirOrder = ((Checkout.Placed) checkout.place(
                        theirShopper.id(),
                        theirs.cycle(),
                        new Checkout.Request(
                                theirs.pickupOptionId(),
                                PaymentMethod.PAY_AT_PICKUP,
                                "",
                                null,
                                null,
                                UUID.randomUUID().toString())))
                .orderId();
    }

    @Test
    void aProducerSeesAndChangesOnlyItsOwnProductsOnPages() throws Exception {
        WebSession producer = WebSession.signedIn(port, mine.producerAccount().email(), PASSWORD);

        String page = producer.get("/producer/products", "text/html").body();
        assertThat(page).contains(myVariant.sku()).doesNotContain(theirVariant.sku());

        HttpResponse<String> tamper =
                producer.post("/producer/variants/" + theirVariant.id().value(), "price=0.01&onHand=0");
        assertThat(tamper.statusCode()).isEqualTo(404);
        assertThat(priceOf(theirVariant)).isEqualTo(180);

        String orders = producer.get("/producer/orders", "text/html").body();
        assertThat(orders).doesNotContain("#" + theirOrder + "<");
    }

    @Test
    void aProducerSeesAndChangesOnlyItsOwnProductsThroughTheApi() throws Exception {
        String email = mine.producerAccount().email();

        HttpResponse<String> list = WebSession.api(port, "GET", "/api/v1/producer/variants", email, PASSWORD, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(myVariant.sku()).doesNotContain(theirVariant.sku());

        HttpResponse<String> tamper = WebSession.api(
                port,
                "PATCH",
                "/api/v1/producer/variants/" + theirVariant.id().value(),
                email,
                PASSWORD,
                "{\"price\": 0.01, \"onHand\": 0, \"onDemand\": false}");
        assertThat(tamper.statusCode()).isEqualTo(404);
        assertThat(tamper.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(priceOf(theirVariant)).isEqualTo(180);
    }

    @Test
    void aShopperCannotSeeOrCancelAnotherShoppersOrder() throws Exception {
        UserAccount me = fixtures.shopper();
        WebSession web = WebSession.signedIn(port, me.email(), PASSWORD);

        assertThat(web.get("/orders/" + theirOrder, "text/html").statusCode()).isEqualTo(404);
        assertThat(web.post("/orders/" + theirOrder + "/cancel", "x=1").statusCode())
                .isEqualTo(404);
        HttpResponse<String> api =
                WebSession.api(port, "GET", "/api/v1/orders/" + theirOrder, me.email(), PASSWORD, null);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("\"status\":404");
        assertThat(WebSession.api(port, "POST", "/api/v1/orders/" + theirOrder + "/cancel", me.email(), PASSWORD, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(WebSession.api(port, "GET", "/api/v1/orders", me.email(), PASSWORD, null)
                        .body())
                .isEqualTo("[]");
    }

    @Test
    void aHubManagerCannotTouchAnotherHubsOrders() throws Exception {
        String manager = mine.hubManager().email();

        HttpResponse<String> change = WebSession.api(
                port,
                "POST",
                "/api/v1/hub/orders/" + theirOrder + "/status",
                manager,
                PASSWORD,
                "{\"status\": \"PACKED\"}");
        assertThat(change.statusCode()).isEqualTo(404);
        assertThat(WebSession.api(
                                port,
                                "GET",
                                "/api/v1/hub/orders?cycle=" + theirs.cycle().value(),
                                manager,
                                PASSWORD,
                                null)
                        .body())
                .isEqualTo("[]");
    }

    @Test
    void rolesGuardTheirWorkspaces() throws Exception {
        UserAccount shopper = fixtures.shopper();

        assertThat(WebSession.api(port, "GET", "/api/v1/producer/variants", shopper.email(), PASSWORD, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.api(port, "GET", "/api/v1/hub/orders", shopper.email(), PASSWORD, null)
                        .statusCode())
                .isEqualTo(403);
        WebSession web = WebSession.signedIn(port, shopper.email(), PASSWORD);
        assertThat(web.get("/producer/products", "text/html").statusCode()).isEqualTo(403);
        assertThat(web.get("/hub/orders", "text/html").statusCode()).isEqualTo(403);
    }

    private long priceOf(Variant variant) {
        return catalog.variants(List.of(variant.id())).get(0).price().minorUnits();
    }
}
