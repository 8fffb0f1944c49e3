package org.grassroots.delivery;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.grassroots.catalog.Variant;
import org.grassroots.market.CycleId;
import org.grassroots.market.DeliveryOrder;
import org.grassroots.market.MarketApi;
import org.grassroots.market.OrderStatus;
import org.grassroots.support.Browser;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium, a hub manager's delivery day: set up two vans and a drone, plan the cycle's
 * deliveries while watching the solver, see the routes on the map, open a driver's route sheet,
 * and dispatch.
 */
@IntegrationTest
class DeliveriesJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    MarketApi market;

    @Test
    void aHubManagerPlansAndDispatchesACyclesDeliveries() {
        MarketFixtures.Market m = fixtures.market();
        Variant eggs = fixtures.variant(m.producer(), "Eggs", 100, 300);
        CycleId cycle = fixtures.deliveryCycle(m, eggs, 2, DeliveriesIntegrationTest.HOMES);

        try (Browser browser = new Browser();
                BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Email").fill(m.hubManager().email());
            page.getByLabel("Password").fill(MarketFixtures.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deliveries"))
                    .click();
            assertThat(page.getByTestId("no-vehicles")).isVisible();
            page.getByLabel("Cycle").selectOption(String.valueOf(cycle.value()));
            assertThat(page.getByText("6 orders to deliver")).isVisible();

            addVehicle(page, "Van 1", "VAN", "400", "30", "");
            addVehicle(page, "Van 2", "VAN", "400", "30", "");
            addVehicle(page, "Drone", "DRONE", "5", "60", "12");
            assertThat(page.getByTestId("vehicle")).hasCount(3);

            page.getByLabel("Seconds to search").fill("3");
            page.getByTestId("solve").click();
            assertThat(page.getByTestId("job")).hasAttribute("data-status", "SOLVING");
            assertThat(page.getByTestId("stop")).isVisible();
            assertThat(page.getByTestId("job"))
                    .hasAttribute(
                            "data-status",
                            "FINISHED",
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions()
                                    .setTimeout(20_000));
            assertThat(page.getByTestId("best")).containsText("6 of 6 orders on routes");
            assertThat(page.getByTestId("route-map")).isVisible();
            assertThat(page.getByTestId("stop-dot")).hasCount(6);
            assertThat(page.getByTestId("route-line").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/delivery-plan.png"))
                    .setFullPage(true));
            // on a phone the fleet, the plan and the map stack up without the page scrolling sideways
            page.setViewportSize(360, 800);
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(360);
            page.setViewportSize(1280, 900);

            Locator firstRoute = page.getByTestId("route").first();
            firstRoute.getByTestId("route-sheet-link").click();
            assertThat(page.getByTestId("route-sheet")).isVisible();
            assertThat(page.getByTestId("sheet-stop").first()).containsText("Test Road");
            assertThat(page.getByTestId("sheet-stop").first()).containsText("× Eggs");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            assertThat(page.locator(".site-header")).isHidden();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/delivery-route-sheet-print.png"))
                    .setFullPage(true));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
            page.getByText("Back to deliveries").click();

            int routes = page.getByTestId("route").count();
            if (routes > 1) {
                page.getByTestId("dispatch-all").click();
            } else {
                page.getByTestId("dispatch-route").click();
            }
            assertThat(page.getByTestId("notice")).containsText("6 orders are now out for delivery");
            assertThat(page.getByTestId("dispatched")).hasCount(routes);
        }
        assertThat(market.deliveries(m.hub().id(), cycle))
                .extracting(DeliveryOrder::status)
                .containsOnly(OrderStatus.OUT_FOR_DELIVERY);
    }

    private static void addVehicle(Page page, String name, String kind, String capacity, String speed, String range) {
        Locator form = page.getByTestId("vehicle-form");
        if (!form.isVisible()) {
            page.getByText("Add a vehicle").click();
        }
        form.getByLabel("Name").fill(name);
        form.getByLabel("Kind").selectOption(kind);
        form.getByLabel("Capacity in kg").fill(capacity);
        form.getByLabel("Average speed in km/h").fill(speed);
        form.getByLabel("Range per round trip").fill(range);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add vehicle"))
                .click();
        assertThat(page.getByTestId("notice")).containsText(name + " added to the fleet");
    }
}
