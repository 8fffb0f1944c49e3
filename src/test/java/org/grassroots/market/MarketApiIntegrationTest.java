package org.grassroots.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.grassroots.catalog.Variant;
import org.grassroots.identity.UserAccount;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.grassroots.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MarketApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anIdempotencyKeySentTwiceGivesOneOrder() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant variant = fixtures.variant(market.producer(), "Pears", 20, 320);
        UserAccount shopper = fixtures.shopper();
        String cycle = "/api/v1/cycles/" + market.cycle().value();
        assertThat(api("POST", cycle + "/cart/items", shopper, "{\"variantId\":" + variant.id() + ",\"quantity\":3}")
                        .statusCode())
                .isEqualTo(200);
        String body = "{\"fulfilmentOptionId\":" + market.pickupOptionId() + ",\"payment\":\"PAY_AT_PICKUP\"}";

        HttpResponse<String> first = checkout(cycle, shopper, body, "retry-me-1");
        HttpResponse<String> second = checkout(cycle, shopper, body, "retry-me-1");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).isPresent();
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(orderId(second.body())).isEqualTo(orderId(first.body()));
        // the first answer is built from what checkout stored, the second read back from the database
        assertThat(first.body()).isEqualTo(second.body());
        assertThat(jdbc.sql("select count(*) from customer_order where shopper_id = ?")
                        .param(shopper.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badRequestsAreProblemDocumentsNamingTheField() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant variant = fixtures.variant(market.producer(), "Plums", 2, 295);
        UserAccount shopper = fixtures.shopper();
        String cycle = "/api/v1/cycles/" + market.cycle().value();

        HttpResponse<String> tooMany =
                api("POST", cycle + "/cart/items", shopper, "{\"variantId\":" + variant.id() + ",\"quantity\":500}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"field\":\"quantity\"");

        HttpResponse<String> wrongType = api("POST", cycle + "/cart/items", shopper, "{\"variantId\":\"abc\"}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"field\":\"variantId\"");

        HttpResponse<String> unknownVariant =
                api("POST", cycle + "/cart/items", shopper, "{\"variantId\":999999999,\"quantity\":1}");
        assertThat(unknownVariant.statusCode()).isEqualTo(404);

        api("POST", cycle + "/cart/items", shopper, "{\"variantId\":" + variant.id() + ",\"quantity\":2}");
        HttpResponse<String> noOption =
                checkout(cycle, shopper, "{\"fulfilmentOptionId\":-5,\"payment\":\"PAY_AT_PICKUP\"}", "k-1");
        assertThat(noOption.statusCode()).isEqualTo(422);
        assertThat(noOption.body()).contains("\"field\":\"fulfilment\"");

        for (HttpResponse<String> response : List.of(tooMany, wrongType, unknownVariant, noOption)) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void shelfSearchParametersThatMakeNoSenseAreProblemsNamingTheParameter() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        fixtures.variant(market.producer(), "Quinces", 5, 380);
        UserAccount shopper = fixtures.shopper();
        String products = "/api/v1/cycles/" + market.cycle().value() + "/products?";

        assertThat(api(
                                "GET",
                                products + "sort=PRICE_LOW&page=1&maxKm=40&maxPrice=9.50&safe=true&producer="
                                        + market.producer().slug(),
                                shopper,
                                null)
                        .body())
                .contains("Quinces");
        for (String[] bad : new String[][] {
            {"sort=cheapest", "sort", "must be one of RELEVANCE, NAME, PRICE_LOW"},
            {"page=abc", "page", "must be a whole number, not 'abc'"},
            {"page=0", "page", "page must be 1 or more."},
            {"maxKm=-1", "maxKm", "maxKm must be more than 0."},
            {"maxPrice=cheap", "maxPrice", "must be a number, not 'cheap'"},
            {"safe=maybe", "safe", "must be true or false"},
            {"producer=nobody-at-all", "producer", "No producer has the slug 'nobody-at-all'."}
        }) {
            HttpResponse<String> response = api("GET", products + bad[0], shopper, null);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).as(bad[0]).contains("\"field\":\"" + bad[1] + "\"", bad[2]);
        }
    }

    @Test
    void theHubsOrderListNamesAQueryParameterThatMakesNoSense() throws Exception {
        UserAccount manager = fixtures.market().hubManager();
        for (String[] bad : new String[][] {
            {"status=LOST", "status", "must be one of PLACED, PACKED, READY_FOR_PICKUP"},
            {"cycle=last", "cycle", "must be a whole number, not 'last'"},
            {"limit=0", "limit", "limit must be 1 or more."}
        }) {
            HttpResponse<String> response = api("GET", "/api/v1/hub/orders?" + bad[0], manager, null);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.body()).as(bad[0]).contains("\"field\":\"" + bad[1] + "\"", bad[2]);
        }
        assertThat(api("GET", "/api/v1/hub/orders?status=PLACED&limit=10000", manager, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void addingToTheCartAnswersWithTheWholeCartAsItIsNow() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant pears = fixtures.variant(market.producer(), "Pears", 20, 320);
        Variant plums = fixtures.variant(market.producer(), "Plums", 20, 410);
        UserAccount shopper = fixtures.shopper();
        String items = "/api/v1/cycles/" + market.cycle().value() + "/cart/items";

        api("POST", items, shopper, "{\"variantId\":" + pears.id() + ",\"quantity\":2}");
        api("POST", items, shopper, "{\"variantId\":" + plums.id() + ",\"quantity\":1}");
        HttpResponse<String> cart = api("POST", items, shopper, "{\"variantId\":" + pears.id() + ",\"quantity\":3}");

        assertThat(cart.statusCode()).isEqualTo(200);
        // lines in the order they were first added, the added one with the quantity now in the cart
        assertThat(lines(cart.body())).containsExactly(pears.id() + "x5", plums.id() + "x1");
        assertThat(lines(api("GET", "/api/v1/cycles/" + market.cycle().value() + "/cart", shopper, null)
                        .body()))
                .containsExactly(pears.id() + "x5", plums.id() + "x1");
    }

    @Test
    void settingTheQuantityOfALineTheCartDoesNotHaveIsNotFound() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant pears = fixtures.variant(market.producer(), "Pears", 20, 320);
        UserAccount shopper = fixtures.shopper();
        String line = "/api/v1/cycles/" + market.cycle().value() + "/cart/items/" + pears.id();

        HttpResponse<String> missing = api("PUT", line, shopper, "{\"quantity\":2}");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("This cart line does not exist.");
        assertThat(api("PUT", line, shopper, "{\"quantity\":0}").statusCode())
                .as("removing what is not there is done already")
                .isEqualTo(200);

        api(
                "POST",
                "/api/v1/cycles/" + market.cycle().value() + "/cart/items",
                shopper,
                "{\"variantId\":" + pears.id() + ",\"quantity\":1}");
        HttpResponse<String> set = api("PUT", line, shopper, "{\"quantity\":4}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(lines(set.body())).containsExactly(pears.id() + "x4");
    }

    @Test
    void runningOutOfStockIsAConflictListingWhatIsLeft() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant variant = fixtures.variant(market.producer(), "Cherries", 3, 420);
        UserAccount early = fixtures.shopper();
        UserAccount late = fixtures.shopper();
        String cycle = "/api/v1/cycles/" + market.cycle().value();
        api("POST", cycle + "/cart/items", early, "{\"variantId\":" + variant.id() + ",\"quantity\":2}");
        api("POST", cycle + "/cart/items", late, "{\"variantId\":" + variant.id() + ",\"quantity\":2}");
        String body = "{\"fulfilmentOptionId\":" + market.pickupOptionId() + ",\"payment\":\"PAY_AT_PICKUP\"}";

        assertThat(checkout(cycle, early, body, "early").statusCode()).isEqualTo(201);
        HttpResponse<String> tooLate = checkout(cycle, late, body, "late");

        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(tooLate.body()).contains("\"available\":1").contains("\"wanted\":2");
    }

    private HttpResponse<String> checkout(String cycle, UserAccount shopper, String body, String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + cycle + "/checkout"))
                .header("Authorization", basic(shopper))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String method, String path, UserAccount user, String json) throws Exception {
        return WebSession.api(port, method, path, user.email(), MarketFixtures.PASSWORD, json);
    }

    private static String basic(UserAccount user) {
        return "Basic " + Base64.getEncoder().encodeToString((user.email() + ":" + MarketFixtures.PASSWORD).getBytes());
    }

    /** A cart's lines as "variantIdxquantity", in order. */
    private static List<String> lines(String cartJson) {
        return Pattern.compile("\\{\"variant\":\\{\"id\":(\\d+).*?\"quantity\":(\\d+)")
                .matcher(cartJson)
                .results()
                .map(m -> m.group(1) + "x" + m.group(2))
                .toList();
    }

    private static String orderId(String json) {
        return json.replaceAll("^\\{\"id\":(\\d+).*$", "$1");
    }
}
