package org.grassroots.flavor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.catalog.Variant;
import org.grassroots.identity.UserAccount;
import org.grassroots.safety.Allergen;
import org.grassroots.safety.SafetyApi;
import org.grassroots.safety.Severity;
import org.grassroots.safety.domain.Member;
import org.grassroots.safety.persistence.HouseholdStore;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.grassroots.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class FlavorIntegrationTest {

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    FlavorApi flavor;

    @Autowired
    HouseholdStore households;

    @Autowired
    SafetyApi safety;

    @LocalServerPort
    int port;

    @Test
    void theGeneratorNeverProposesAStrictMembersAllergenAndSaysWhatItLeftOut() {
        MarketFixtures.Market m = fixtures.market();
        UserAccount shopper = fixtures.shopper();
        FlavorRequest familiarStrawberry = new FlavorRequest(List.of("strawberry"), List.of(), 4, null, 0, false);

        // without the allergy, the familiar strawberry combinations are full of dairy: the check below can fail
        assertThat(names(flavor.generate(shopper.id(), m.hub().id(), familiarStrawberry)))
                .containsAnyOf("milk", "cream", "butter", "cream cheese");

        households.add(shopper.id(), new Member(0, "Sam", Map.of(Allergen.MILK, Severity.TRACES), Set.of()));
        FlavorIdeas ideas = flavor.generate(shopper.id(), m.hub().id(), familiarStrawberry);

        List<String> proposed = names(ideas);
        assertThat(ideas.combinations()).hasSize(FlavorApi.COMBINATIONS);
        assertThat(proposed).doesNotContain("milk", "cream", "butter", "cream cheese", "yogurt");
        assertThat(safety.assessFoods(shopper.id(), proposed).values()).allMatch(a -> a.safe());
        assertThat(ideas.excluded()).anySatisfy(x -> {
            assertThat(x.reason()).contains("Sam").contains("milk");
            assertThat(x.examples()).contains("milk");
        });
        assertThatThrownBy(() -> flavor.generate(
                        shopper.id(), m.hub().id(), new FlavorRequest(List.of("cream"), List.of(), 4, null, 0, false)))
                .isInstanceOf(FlavorProblem.class)
                .hasMessageContaining("not safe for your household");
    }

    @Test
    void combinationsUseLocalProductsAndProductPagesShowWhatPairsWell() {
        MarketFixtures.Market m = fixtures.market();
        Variant tomatoes = fixtures.variant(m.producer(), "Heirloom tomatoes", 20, 300);
        Variant basil = fixtures.variant(m.producer(), "Genovese basil", 20, 150);
        fixtures.variant(m.producer(), "Garlic bulbs", 20, 100);
        fixtures.variant(m.producer(), "Brown onions", 20, 90);
        fixtures.variant(m.producer(), "Olive oil", "Olive oil", 20, 700);
        UserAccount shopper = fixtures.shopper();

        FlavorIdeas ideas = flavor.generate(
                shopper.id(),
                m.hub().id(),
                new FlavorRequest(List.of(), List.of(tomatoes.productId()), 3, null, 0.5, true));

        assertThat(ideas.seeds()).containsExactly("tomato");
        assertThat(ideas.combinations()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.allLocal()).isTrue();
            assertThat(c.ingredients()).hasSize(3);
        });
        assertThat(flavor.pairsWellWith(shopper.id(), m.hub().id(), tomatoes.productId()))
                .extracting(p -> p.pack().productId())
                .contains(basil.productId())
                .doesNotContain(tomatoes.productId());
        assertThatThrownBy(() -> flavor.generate(
                        shopper.id(),
                        m.hub().id(),
                        new FlavorRequest(List.of("unobtainium"), List.of(), 3, null, 0.5, true)))
                .isInstanceOf(FlavorProblem.class)
                .extracting(e -> ((FlavorProblem) e).field())
                .isEqualTo("seed");
    }

    @Test
    void producersChooseWhatTheirProductIsAndOnlyTheirOwn() {
        MarketFixtures.Market m = fixtures.market();
        MarketFixtures.Market other = fixtures.market();
        Variant tomatoes = fixtures.variant(m.producer(), "Cherry tomatoes on the vine", 20, 300);

        // the head noun first; the producer says these are for juice
        assertThat(flavor.ingredientChoice(m.producer().id(), tomatoes.productId())
                        .orElseThrow()
                        .suggestions())
                .startsWith("tomato")
                .contains("cherry");
        assertThat(flavor.chooseIngredient(
                        m.producer().id(), m.producerAccount().id(), tomatoes.productId(), "Tomato juice"))
                .isTrue();
        assertThat(flavor.ingredientOf(tomatoes.productId())).hasValue("tomato juice");
        assertThat(flavor.ingredientChoice(m.producer().id(), tomatoes.productId())
                        .orElseThrow()
                        .chosenByProducer())
                .isTrue();
        assertThat(flavor.chooseIngredient(
                        other.producer().id(), other.producerAccount().id(), tomatoes.productId(), "basil"))
                .isFalse();
        assertThatThrownBy(() -> flavor.chooseIngredient(
                        m.producer().id(), m.producerAccount().id(), tomatoes.productId(), "unobtainium"))
                .isInstanceOf(FlavorProblem.class);
        flavor.chooseIngredient(m.producer().id(), m.producerAccount().id(), tomatoes.productId(), "");
        assertThat(flavor.ingredientOf(tomatoes.productId())).hasValue("tomato");
    }

    @Test
    void theApiAnswersBadInputWithAProblemThatNamesTheField() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        UserAccount shopper = fixtures.shopper();
        String path = "/api/v1/shops/" + m.hub().slug() + "/flavor-combinations?seed=strawberry&anywhere=true";

        HttpResponse<String> ok = WebSession.api(port, "GET", path, shopper.email(), MarketFixtures.PASSWORD, null);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"combinations\"").contains("\"topCompounds\"");
        HttpResponse<String> size =
                WebSession.api(port, "GET", path + "&size=9", shopper.email(), MarketFixtures.PASSWORD, null);
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(size.body()).contains("\"field\":\"size\"");
        assertThat(WebSession.api(
                                port,
                                "GET",
                                "/api/v1/shops/nowhere/flavor-combinations?seed=tomato",
                                shopper.email(),
                                MarketFixtures.PASSWORD,
                                null)
                        .statusCode())
                .isEqualTo(404);
    }

    private static List<String> names(FlavorIdeas ideas) {
        return ideas.combinations().stream()
                .flatMap(c -> c.ingredients().stream())
                .map(FlavorCombination.Ingredient::name)
                .distinct()
                .toList();
    }
}
