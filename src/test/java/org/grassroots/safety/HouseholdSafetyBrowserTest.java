package org.grassroots.safety;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.grassroots.catalog.Variant;
import org.grassroots.identity.UserAccount;
import org.grassroots.support.Browser;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A household with a vegan and a strict milk allergy, in real Chromium: the filter hides what is
 * unsafe, a product page says who and why, and the basket will not take the milk product.
 */
@IntegrationTest
class HouseholdSafetyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MarketFixtures fixtures;

    @Test
    void aVeganAndAStrictMilkAllergyShopSafely() {
        MarketFixtures.Market market = fixtures.market();
        Variant milk = fixtures.variant(market.producer(), "Whole milk", "Whole milk", 20, 120);
        Variant honey = fixtures.variant(market.producer(), "Wildflower honey", "Honey", 20, 600);
        Variant oats =
                fixtures.variant(market.producer(), "Oat drink", "Water, oats 10%, sunflower oil, salt", 20, 180);
        Variant carrots = fixtures.variant(market.producer(), "Carrots", 20, 90);
        UserAccount shopper = fixtures.shopper();
        String shop = "/shop/" + market.hub().slug();

        try (Browser browser = new Browser();
                BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Email").fill(shopper.email());
            page.getByLabel("Password").fill(MarketFixtures.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();

            // milk goes in the basket before anyone says who it is for
            page.navigate(shop + "/products/" + milk.productId().value());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart: " + milk.productName()))
                    .first()
                    .click();
            assertThat(page.locator(".add-result").first()).not().isEmpty();

            // the household: Alex is vegan, Sam strictly avoids milk
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Household"))
                    .click();
            Locator add = page.getByTestId("add-member");
            add.getByLabel("Name").fill("Alex");
            add.getByTestId("new-diet-vegan").check();
            add.getByRole(AriaRole.BUTTON).click();
            add = page.getByTestId("add-member");
            add.getByLabel("Name").fill("Sam");
            add.getByTestId("new-allergen-milk").selectOption("TRACES");
            add.getByRole(AriaRole.BUTTON).click();
            assertThat(page.getByTestId("member")).hasCount(2);
            screenshot(page, "household");

            // the filter hides the milk and the honey, and keeps the rest
            page.navigate(shop);
            page.getByTestId("safe-filter").check();
            Locator cards = page.getByTestId("product-card");
            assertThat(cards.filter(has(carrots.productName()))).hasCount(1);
            assertThat(cards.filter(has(oats.productName()))).hasCount(1);
            assertThat(cards.filter(has(milk.productName()))).hasCount(0);
            assertThat(cards.filter(has(honey.productName()))).hasCount(0);
            screenshot(page, "safe-filter");

            // the honey page says who and why, and asks before it goes in the basket
            page.navigate(shop + "/products/" + honey.productId().value());
            assertThat(page.getByTestId("safety-warning")).containsText("Alex is vegan: contains honey");
            assertThat(page.getByTestId("acknowledge")).isVisible();

            // the milk page blocks it outright
            page.navigate(shop + "/products/" + milk.productId().value());
            assertThat(page.getByTestId("safety-warning")).containsText("Sam avoids milk: contains milk");
            assertThat(page.getByText("Blocked for your household")).isVisible();
            assertThat(page.getByRole(
                            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart: " + milk.productName())))
                    .hasCount(0);
            screenshot(page, "blocked-product");

            // the milk already in the basket is blocked there, and checkout refuses it
            page.navigate("/cart");
            assertThat(page.getByTestId("cart-safety")).containsText("Blocked");
            assertThat(page.getByTestId("cart-safety")).containsText("Sam avoids milk");
            page.navigate("/checkout/" + market.cycle().value());
            assertThat(page.getByTestId("acknowledge-risks")).hasCount(0);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order"))
                    .click();
            assertThat(page.getByTestId("checkout-safety")).containsText("Sam avoids milk");
            assertThat(page.locator(".field-error")).not().hasCount(0);
            screenshot(page, "checkout-blocked");
        }
    }

    @Test
    void aProducerListsIngredientsDeclaresTracesAndCorrectsADetection() {
        MarketFixtures.Market market = fixtures.market();
        Variant bar = fixtures.variant(market.producer(), "Hazel bar", "", 20, 250);
        try (Browser browser = new Browser();
                BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Email").fill(market.producerAccount().email());
            page.getByLabel("Password").fill(MarketFixtures.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();

            page.navigate("/producer/products/" + bar.productId().value() + "/edit");
            page.getByLabel("Ingredients").fill("Hazelnuts 40%, dates, cocoa butter, sea salt");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            page.navigate("/producer/products/" + bar.productId().value() + "/edit");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Allergens, traces and claims"))
                    .click();
            assertThat(page.getByTestId("detected")).containsText("Nuts");
            assertThat(page.getByTestId("detected")).not().containsText("Milk"); // cocoa butter is not butter

            page.getByTestId("trace-peanuts").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save traces and claims"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved the traces");
            assertThat(page.getByTestId("trace-peanuts")).isChecked();

            Locator correction = page.getByTestId("correction-form");
            correction.getByLabel("Allergen").selectOption("sesame");
            correction.getByLabel("The product").selectOption("true");
            correction.getByRole(AriaRole.BUTTON).click();
            assertThat(page.getByTestId("reason-error")).isVisible(); // no reason, nothing recorded
            assertThat(page.getByTestId("corrections")).hasCount(0);
            correction = page.getByTestId("correction-form");
            assertThat(correction.getByLabel("Allergen")).hasValue("sesame");
            correction.getByLabel("Reason").fill("Rolled in sesame since batch 12");
            correction.getByRole(AriaRole.BUTTON).click();
            assertThat(page.getByTestId("detected")).containsText("Sesame");
            assertThat(page.getByTestId("corrections")).containsText("Rolled in sesame since batch 12");
            screenshot(page, "producer-declarations");
        }
    }

    private static Locator.FilterOptions has(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/safety-" + name + ".png"))
                .setFullPage(true));
    }
}
