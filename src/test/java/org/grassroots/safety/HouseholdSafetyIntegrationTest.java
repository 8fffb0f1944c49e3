package org.grassroots.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.catalog.Variant;
import org.grassroots.identity.UserAccount;
import org.grassroots.market.application.Carts;
import org.grassroots.market.application.Checkout;
import org.grassroots.market.application.MarketProblem;
import org.grassroots.safety.domain.Member;
import org.grassroots.safety.persistence.HouseholdStore;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.grassroots.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HouseholdSafetyIntegrationTest {

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    HouseholdStore households;

    @Autowired
    SafetyApi safety;

    @Autowired
    Carts carts;

    @Autowired
    Checkout checkout;

    @LocalServerPort
    int port;

    @Test
    void aStrictPeanutAllergyNeverSeesPeanutsWhenFilteringAndIsBlockedAtCheckout() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant peanutButter =
                fixtures.variant(market.producer(), "Crunchy spread", "Roasted peanuts 98%, salt", 20, 350);
        Variant carrots = fixtures.variant(market.producer(), "Carrots", 20, 120);
        Variant biscuits = fixtures.variant(
                market.producer(), "Oat biscuits", "Oats, butter, sugar. May contain peanuts.", 20, 250);
        UserAccount shopper = fixtures.shopper();
        households.add(shopper.id(), new Member(0, "Robin", Map.of(Allergen.PEANUTS, Severity.TRACES), Set.of()));

        assertThat(safety.unsafeProducts(shopper.id()))
                .contains(peanutButter.productId(), biscuits.productId())
                .doesNotContain(carrots.productId());

        WebSession web = WebSession.signedIn(port, shopper.email(), MarketFixtures.PASSWORD);
        String shop = "/shop/" + market.hub().slug();
        HttpResponse<String> filtered = web.get(shop + "?safe=true", "text/html");
        assertThat(filtered.statusCode()).isEqualTo(200);
        assertThat(filtered.body()).contains(carrots.productName()).doesNotContain(peanutButter.productName());
        assertThat(filtered.body()).doesNotContain(biscuits.productName());
        assertThat(web.get(shop, "text/html").body()).contains(peanutButter.productName());

        // the product page names the member, the allergen and the ingredient
        String page = web.get(shop + "/products/" + peanutButter.productId().value(), "text/html")
                .body();
        assertThat(page).contains("Robin avoids peanuts: contains peanuts");

        // the basket refuses it, with or without acknowledgement
        assertThatThrownBy(() -> carts.add(shopper.id(), market.cycle(), peanutButter.id(), 1, true))
                .isInstanceOf(MarketProblem.class)
                .hasMessageContaining("Robin avoids peanuts");
        // "may contain" for a strict member needs acknowledgement, then goes in
        assertThatThrownBy(() -> carts.add(shopper.id(), market.cycle(), biscuits.id(), 1, false))
                .isInstanceOf(MarketProblem.class)
                .hasMessageContaining("may contain peanuts");
        carts.add(shopper.id(), market.cycle(), biscuits.id(), 1, true);

        // a household changed after the basket was filled: checkout blocks the peanut product
        households.add(shopper.id(), new Member(0, "Sam", Map.of(), Set.of(Diet.GLUTEN_FREE)));
        UserAccount other = fixtures.shopper();
        carts.add(other.id(), market.cycle(), peanutButter.id(), 1);
        households.add(other.id(), new Member(0, "Kim", Map.of(Allergen.PEANUTS, Severity.TRACES), Set.of()));
        Checkout.Result blocked = checkout.place(other.id(), market.cycle(), request(market, false));
        assertThat(blocked).isInstanceOf(Checkout.Rejected.class);
        assertThat(((Checkout.Rejected) blocked).field()).isEqualTo("items");
        assertThat(((Checkout.Rejected) blocked).reason()).contains("Kim avoids peanuts");

        // unsafe but not blocked: needs the acknowledgement, then succeeds
        Checkout.Result unacknowledged = checkout.place(shopper.id(), market.cycle(), request(market, false));
        assertThat(((Checkout.Rejected) unacknowledged).field()).isEqualTo("acknowledgeRisks");
        assertThat(checkout.place(shopper.id(), market.cycle(), request(market, true)))
                .isInstanceOf(Checkout.Placed.class);
    }

    @Test
    void anEmptyHouseholdFindsEverythingSafe() {
        MarketFixtures.Market market = fixtures.market();
        Variant peanuts = fixtures.variant(market.producer(), "Peanuts", 5, 200);
        UserAccount shopper = fixtures.shopper();
        assertThat(safety.unsafeProducts(shopper.id())).isEmpty();
        assertThat(safety.assess(shopper.id(), List.of(peanuts.productId()))
                        .get(peanuts.productId())
                        .safe())
                .isTrue();
    }

    private static Checkout.Request request(MarketFixtures.Market market, boolean acknowledge) {
        return new Checkout.Request(
                market.pickupOptionId(),
                org.grassroots.market.PaymentMethod.PAY_AT_PICKUP,
                "",
                null,
                null,
                null,
                acknowledge);
    }
}
