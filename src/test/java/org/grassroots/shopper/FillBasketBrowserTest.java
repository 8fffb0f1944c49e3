package org.grassroots.shopper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.grassroots.common.UserId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.support.Browser;
import org.grassroots.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo shopper, who has weeks of order history, in real Chromium: the shop shows Buy again
 * and For you with their reasons; Fill my basket proposes a basket for a budget; the shopper
 * removes one product and puts the rest in the cart in one step, within budget.
 */
@IntegrationTest
class FillBasketBrowserTest {

    private static final String BUDGET = "30";

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    ShopperApi shopper;

    @Test
    void theDemoShopperFillsABasketWithinBudgetSeesWhyRemovesOneAndAddsTheRest() {
        UserId demo =
                identity.findByEmail("shopper@neoterica.test").orElseThrow().id();
        String hub = shopper.profile(demo).hubs().get(0).hub().slug();

        try (Browser browser = new Browser();
                BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Email").fill("shopper@neoterica.test");
            page.getByLabel("Password").fill("grassroots");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();

            // the shop loads the personal shelves, each suggestion with its reasons
            page.navigate("/shop/" + hub);
            Locator buyAgain = page.getByTestId("shelf-buy-again");
            assertThat(buyAgain.getByTestId("suggestion").first()).isVisible();
            buyAgain.getByTestId("why").first().locator("summary").click();
            assertThat(buyAgain.getByTestId("why-own").first()).containsText("of your last");
            screenshot(page, "shopper-shelves");

            // Fill my basket with a budget
            page.getByTestId("fill-basket").click();
            page.getByLabel("Budget").fill(BUDGET);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose a basket"))
                    .click();
            Locator lines = page.getByTestId("proposal-line");
            assertThat(lines.first()).isVisible();
            int proposed = lines.count();
            assertThat(proposed).isGreaterThanOrEqualTo(2);
            assertThat(amount(page.getByTestId("proposal-total"))).isLessThanOrEqualTo(new BigDecimal(BUDGET));

            // every line explains itself; the first is a habit of this household
            assertThat(page.getByTestId("why")).hasCount(proposed);
            lines.first().getByTestId("why").locator("summary").click();
            assertThat(lines.first().getByTestId("why")).containsText("You bought it");
            screenshot(page, "shopper-fill-basket");

            // remove one product; the rest stays, with the totals recomputed
            String removed = lines.nth(1).locator("strong").innerText();
            lines.nth(1).getByTestId("remove-line").click();
            assertThat(lines).hasCount(proposed - 1);
            assertThat(page.getByTestId("proposal")).not().containsText(removed);
            List<String> kept = lines.locator("strong").allInnerTexts();
            assertThat(amount(page.getByTestId("proposal-total"))).isLessThanOrEqualTo(new BigDecimal(BUDGET));

            // everything else into the cart in one step
            page.getByTestId("add-all").click();
            assertThat(page).hasURL(Pattern.compile(".*/cart$"));
            assertThat(page.getByTestId("basket-notices"))
                    .containsText((proposed - 1) + " of " + (proposed - 1) + " product"); // "1 product" or "N products"
            for (String name : kept) {
                assertThat(page.locator("main")).containsText(name);
            }
            screenshot(page, "shopper-cart");

            // the data behind it all, for the shopper to see
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Personal shopper"))
                    .click();
            assertThat(page.getByTestId("learned-hub").first()).isVisible();
            assertThat(page.getByTestId("learned-item").first()).isVisible();
            screenshot(page, "shopper-settings");
        }
    }

    private static BigDecimal amount(Locator money) {
        return new BigDecimal(money.innerText().replaceAll("[^0-9.]", ""));
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
