package org.grassroots.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.grassroots.support.Browser;
import org.grassroots.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A new shopper registers, signs out, signs in again and sees the market, in real Chromium. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopperJourneyBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void launch() {
        browser = new Browser();
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void registerLogOutLogInAndSeeTheMarket() {
        try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register"))
                    .click();

            page.getByLabel("Your name").fill("Juniper Hale");
            page.getByLabel("Email").fill("juniper.hale@example.org");
            page.getByLabel("Password").fill("seasonal veg every week");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                    .click();

            assertThat(page.getByTestId("signed-in-as")).containsText("Juniper Hale");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                    .click();
            assertThat(page.getByText("You are signed out")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in"))
                    .click();
            page.getByLabel("Email").fill("juniper.hale@example.org");
            page.getByLabel("Password").fill("seasonal veg every week");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();

            assertThat(page.getByTestId("signed-in-as")).containsText("Juniper Hale");
            assertThat(page.getByTestId("producers").locator("li")).not().hasCount(0);
            assertThat(page.getByTestId("featured-products").locator("li"))
                    .not()
                    .hasCount(0);
            assertThat(page.getByTestId("producers")).containsText("km from the hub");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/home-signed-in.png"))
                    .setFullPage(true));
        }
    }

    @Test
    void wrongPasswordIsRefusedWithAClearMessage() {
        try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Email").fill("shopper@neoterica.test");
            page.getByLabel("Password").fill("not the password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();

            assertThat(page.getByRole(AriaRole.ALERT)).containsText("do not match");
        }
    }
}
