package org.grassroots.flavor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.grassroots.catalog.Variant;
import org.grassroots.identity.UserAccount;
import org.grassroots.support.Browser;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium: from a product page's "Pairs well with" into the Flavor Generator with that
 * product as the seed, novelty set to surprising, explanation cards, and one combination into the
 * cart.
 */
@IntegrationTest
class FlavorGeneratorBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MarketFixtures fixtures;

    @Test
    void aShopperGeneratesSurprisingCombinationsFromAProductAndAddsOneToTheCart() {
        MarketFixtures.Market market = fixtures.market();
        Variant tomatoes = fixtures.variant(market.producer(), "Heirloom tomatoes", 20, 300);
        for (String name : new String[] {
            "Genovese basil",
            "Garlic bulbs",
            "Brown onions",
            "Strawberries",
            "Cider vinegar",
            "Wildflower honey",
            "Leeks",
            "Carrots",
            "Mackerel fillets",
            "Rosemary"
        }) {
            fixtures.variant(market.producer(), name, 20, 200);
        }
        UserAccount shopper = fixtures.shopper();

        try (Browser browser = new Browser();
                BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Email").fill(shopper.email());
            page.getByLabel("Password").fill(MarketFixtures.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();

            // the product page says what pairs well with it, and opens the generator with it as the seed
            page.navigate("/shop/" + market.hub().slug() + "/products/"
                    + tomatoes.productId().value());
            assertThat(page.getByTestId("pairing").first()).isVisible();
            page.getByTestId("open-flavor").click();
            assertThat(page)
                    .hasURL(Pattern.compile(
                            ".*/flavor\\?product=" + tomatoes.productId().value()));

            page.getByLabel("Novelty").selectOption("1.0");
            page.getByLabel("Ingredients per combination").selectOption("3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate combinations"))
                    .click();

            Locator cards = page.getByTestId("flavor-card");
            assertThat(cards.first()).isVisible();
            assertThat(cards.first()).containsText("tomato");
            assertThat(cards.first().getByTestId("flavor-why")).containsText("flavor compounds");
            assertThat(cards.first().getByTestId("flavor-why")).containsText("novelty");
            assertThat(page.getByLabel("Novelty")).hasValue("1.0");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/flavor-generator.png"))
                    .setFullPage(true));

            cards.first().getByTestId("add-combination").click();
            assertThat(page).hasURL(Pattern.compile(".*/cart$"));
            assertThat(page.getByTestId("basket-notices")).containsText("3 of 3 products added");
            assertThat(page.locator("main")).containsText(tomatoes.productName());
        }
    }
}
