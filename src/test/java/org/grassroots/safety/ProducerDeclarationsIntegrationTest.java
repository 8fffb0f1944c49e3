package org.grassroots.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.common.ProductId;
import org.grassroots.identity.UserAccount;
import org.grassroots.safety.domain.Member;
import org.grassroots.safety.persistence.HouseholdStore;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.grassroots.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Producers declare traces and claims, correct detections with a kept reason, and enter nutrition. */
@IntegrationTest
class ProducerDeclarationsIntegrationTest {

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    HouseholdStore households;

    @Autowired
    SafetyApi safety;

    @Autowired
    CatalogApi catalog;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void declaredTracesAndCorrectionsChangeWhatShoppersAreToldAndTheReasonsAreKept() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant truffles = fixtures.variant(market.producer(), "Truffles", "Cocoa mass, sugar, cream, butter", 10, 400);
        ProductId product = truffles.productId();
        UserAccount shopper = fixtures.shopper();
        households.add(shopper.id(), new Member(0, "Kim", Map.of(Allergen.TREE_NUTS, Severity.TRACES), Set.of()));
        assertThat(safety.assess(shopper.id(), List.of(product)).get(product).safe())
                .isTrue();

        WebSession farmer = WebSession.signedIn(port, market.producerAccount().email(), MarketFixtures.PASSWORD);
        String page = "/producer/products/" + product.value() + "/safety";
        assertThat(farmer.get(page, "text/html").body()).contains("Milk").contains("butter");

        // traces and claims from the form
        HttpResponse<String> saved = farmer.post(page + "/declaration", "trace=tree-nuts&claim=organic");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(page);
        Assessment forKim = safety.assess(shopper.id(), List.of(product)).get(product);
        assertThat(forKim.summary()).isEqualTo("Kim avoids nuts: may contain nuts");
        assertThat(safety.productSafety(product, null).orElseThrow().claims()).containsExactly(Claim.ORGANIC);

        // a correction without a reason is refused on its field and nothing is written
        HttpResponse<String> refused =
                farmer.post(page + "/corrections", "allergen=milk&present=false&reason=" + encode("  "));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("data-testid=\"reason-error\"");
        assertThat(corrections(product)).isZero();

        // two corrections: the newest applies, both are kept with their reasons
        farmer.post(page + "/corrections", "allergen=milk&present=false&reason=" + encode("dairy-free cream"));
        farmer.post(page + "/corrections", "allergen=milk&present=true&reason=" + encode("it is real butter"));
        assertThat(corrections(product)).isEqualTo(2);
        ProductSafety profile = safety.productSafety(product, null).orElseThrow();
        assertThat(profile.contains().get(Allergen.MILK))
                .containsExactly("declared by the producer: it is real butter");
        assertThat(farmer.get(page, "text/html").body())
                .contains("dairy-free cream")
                .contains("it is real butter");

        // another producer cannot see or change it
        MarketFixtures.Market other = fixtures.market();
        WebSession stranger = WebSession.signedIn(port, other.producerAccount().email(), MarketFixtures.PASSWORD);
        assertThat(stranger.get(page, "text/html").statusCode()).isEqualTo(404);
        assertThat(safety.declare(other.producer().id(), product, Set.of(), Set.of()))
                .isFalse();
    }

    @Test
    void theApiTakesDeclarationsCorrectionsAndHouseholdsAndAnswersForTheCallersHousehold() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant loaf = fixtures.variant(market.producer(), "Seeded loaf", "Wheat flour, water, sesame seeds", 10, 300);
        String producerEmail = market.producerAccount().email();
        String base = "/api/v1/producer/products/" + loaf.productId().value();

        HttpResponse<String> declared = api("PUT", base + "/declarations", producerEmail, """
                {"traces": ["mustard"], "claims": ["kosher"]}""");
        assertThat(declared.statusCode()).isEqualTo(200);
        assertThat(declared.body()).contains("\"traces\":[\"mustard\"]").contains("\"claims\":[\"kosher\"]");

        HttpResponse<String> unknown = api("PUT", base + "/declarations", producerEmail, """
                {"traces": ["kryptonite"]}""");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"traces\"");

        HttpResponse<String> noReason = api("POST", base + "/allergen-corrections", producerEmail, """
                {"allergen": "sesame", "present": false, "reason": ""}""");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(corrections(loaf.productId())).isZero();

        HttpResponse<String> corrected = api("POST", base + "/allergen-corrections", producerEmail, """
                {"allergen": "sesame", "present": false, "reason": "the seeds are sunflower; label misprint"}""");
        assertThat(corrected.statusCode()).isEqualTo(201);
        assertThat(corrected.body()).contains("label misprint");

        UserAccount shopper = fixtures.shopper();
        HttpResponse<String> member = api("POST", "/api/v1/household/members", shopper.email(), """
                {"name": "Jo", "allergens": {"gluten": "traces", "mustard": "contains"}, "diets": ["vegan"]}""");
        assertThat(member.statusCode()).isEqualTo(201);
        assertThat(member.body()).contains("\"gluten\":\"traces\"").contains("\"diets\":[\"vegan\"]");
        HttpResponse<String> badDiet = api("POST", "/api/v1/household/members", shopper.email(), """
                {"name": "Lee", "diets": ["carnivore"]}""");
        assertThat(badDiet.statusCode()).isEqualTo(400);
        assertThat(badDiet.body()).contains("\"field\":\"diets\"");
        assertThat(households.household(shopper.id()).members()).hasSize(1);

        HttpResponse<String> answer =
                api("GET", "/api/v1/products/" + loaf.productId().value() + "/safety", shopper.email(), null);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("\"safe\":false")
                .contains("\"blocked\":true")
                .contains("Jo avoids cereals containing gluten: contains wheat, flour")
                .doesNotContain("\"sesame\"");
    }

    @Test
    void producersEnterNutritionAndTheLowSodiumDietFollows() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant soup = fixtures.variant(market.producer(), "Lentil soup", "Water, lentils, carrots, salt", 10, 300);
        WebSession farmer = WebSession.signedIn(port, market.producerAccount().email(), MarketFixtures.PASSWORD);
        String form = "/producer/products/" + soup.productId().value() + "/nutrition";

        HttpResponse<String> wrong = farmer.post(
                form, "energyKcal=60&fat=2&saturatedFat=3&carbohydrate=8&sugars=1&fibre=2&protein=4&salt=x");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Enter a number between 0 and 100");
        assertThat(catalog.product(soup.productId()).orElseThrow().nutrition()).isNull();

        HttpResponse<String> ok = farmer.post(
                form,
                "energyKcal=60&fat=2&saturatedFat=0.3&carbohydrate=8&sugars=1&fibre=2&protein=4&salt=0.2&portionGrams=300");
        assertThat(ok.statusCode()).isEqualTo(302);
        var facts = catalog.product(soup.productId()).orElseThrow().nutrition();
        assertThat(facts.energyKj()).isEqualByComparingTo("251");
        assertThat(facts.perPortion(facts.salt())).isEqualByComparingTo("0.60");
        ProductSafety profile = safety.productSafety(soup.productId(), null).orElseThrow();
        assertThat(profile.diets()).contains(Diet.LOW_SODIUM, Diet.VEGAN);
        assertThat(profile.nutriScore()).isNotNull();

        farmer.post(form, "salt=1.5&fat=2");
        assertThat(safety.productSafety(soup.productId(), null).orElseThrow().diets())
                .doesNotContain(Diet.LOW_SODIUM);
    }

    private long corrections(ProductId product) {
        return jdbc.sql("select count(*) from allergen_correction where product_id = ?")
                .param(product.value())
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> api(String method, String path, String email, String json) throws Exception {
        return WebSession.api(port, method, path, email, MarketFixtures.PASSWORD, json);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
