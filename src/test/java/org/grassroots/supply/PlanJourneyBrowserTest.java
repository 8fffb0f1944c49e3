package org.grassroots.supply;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.grassroots.catalog.Variant;
import org.grassroots.support.Browser;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In real Chromium, the producer's week: open Plan, see each forecast with its bands, reject a
 * flagged glitch, record a lot that is near its best-before date, accept its markdown, and find the
 * product on the shop's Rescue shelf at the reduced price.
 */
@IntegrationTest
class PlanJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aProducerRejectsAGlitchAndRescuesANearExpiryLot() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant lettuce = fixtures.variant(market.producer(), "Butterhead lettuce", 40, 150);
        fixtures.weeklyHistory(market, lettuce, fixtures.shopper(), 20, 22, 19, 21, 20, 23, 20, 19, 22, 21, 20, 95);
        DemandHistoryWait.atLeast(jdbc, lettuce, 12);

        try (Browser browser = new Browser();
                BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Email").fill(market.producerAccount().email());
            page.getByLabel("Password").fill(MarketFixtures.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();

            // Plan: the forecast chart with its p50 line and p90 band, and the glitch to check
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan"))
                    .click();
            Locator plan = page.getByTestId("product-plan")
                    .filter(new Locator.FilterOptions().setHasText(lettuce.productName()));
            assertThat(plan.getByTestId("forecast-chart")).isVisible();
            assertThat(plan.getByTestId("p90-band")).hasCount(1);
            assertThat(plan.getByTestId("p50-line")).hasCount(1);
            assertThat(plan.getByTestId("held-out-bar")).hasCount(1);
            assertThat(plan.getByTestId("harvest")).hasCount(4);
            Locator glitch =
                    page.getByTestId("anomaly").filter(new Locator.FilterOptions().setHasText(lettuce.productName()));
            assertThat(glitch).hasAttribute("data-kind", "SPIKE");
            assertThat(glitch.getByTestId("anomaly-reason")).containsText("47.5 kg ordered");
            assertThat(glitch.getByTestId("anomaly-reason")).containsText("times the usual");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/supply-plan.png"))
                    .setFullPage(true));

            glitch.getByTestId("reject-anomaly").click();
            assertThat(page.getByTestId("notice")).containsText("Rejected as a glitch");
            assertThat(page.getByTestId("no-anomalies")).isVisible();
            assertThat(page.getByTestId("decided-anomaly")).containsText("Rejected as a glitch");
            assertThat(plan.getByTestId("held-out-bar")).hasCount(1);

            // Lots: a lot two days from its best-before date gets a markdown suggestion
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lots"))
                    .click();
            LocalDate today = LocalDate.now(clock);
            page.getByLabel("Product").selectOption(String.valueOf(lettuce.id().value()));
            page.getByLabel("Lot code").fill("LET-1");
            page.getByLabel("Harvested or made on").fill(today.minusDays(4).toString());
            page.getByLabel("Best before").fill(today.plusDays(2).toString());
            page.getByLabel("Packs").last().fill("12");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record lot"))
                    .click();
            Locator lot = page.getByTestId("lot").filter(new Locator.FilterOptions().setHasText("LET-1"));
            assertThat(lot.getByTestId("markdown-suggestion")).containsText("−30 %");
            assertThat(lot.getByTestId("markdown-suggestion")).containsText("£1.05 a pack");
            lot.getByTestId("accept-markdown").click();
            assertThat(page.getByTestId("notice")).containsText("Marked down by 30 %");
            assertThat(lot.getByTestId("marked-down")).containsText("Rescue shelf");

            // the shop's Rescue shelf shows it with the discount and the reason
            page.navigate("/shop/" + market.hub().slug());
            Locator rescued = page.getByTestId("rescue-card")
                    .filter(new Locator.FilterOptions().setHasText(lettuce.productName()));
            assertThat(rescued).containsText("£1.05");
            assertThat(rescued).containsText("−30 %");
            assertThat(rescued.getByTestId("rescue-reason")).containsText("Best before");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/supply-rescue-shelf.png"))
                    .setFullPage(true));
        }
    }
}
