package org.grassroots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.grassroots.support.Browser;
import org.grassroots.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo market's pages, as a visitor, a shopper, a producer and a hub manager see them, checked
 * in Chromium by axe-core against WCAG 2.1 A and AA: none may have a serious or critical violation,
 * and none may be wider than a phone's screen.
 */
@IntegrationTest
class AccessibilityBrowserTest {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String SHOP = "/shop/central-hub";
    private static final int PHONE_WIDTH = 360;

    @LocalServerPort
    int port;

    @Test
    void visitorAndShopperPages() {
        assertAccessible(null, page -> List.of("/", "/login", "/register", SHOP, "/producers/mendip-hills-ranch"));
        assertAccessible(
                "shopper@neoterica.test",
                page -> List.of(
                        "/",
                        SHOP,
                        firstLink(page, SHOP, "[data-testid=product-card] h3 a"),
                        SHOP + "/fill",
                        SHOP + "/flavor",
                        "/cart",
                        "/orders",
                        "/account/household",
                        "/account/shopper",
                        "/account/tokens"));
    }

    @Test
    void producerPages() {
        assertAccessible("producer@neoterica.test", page -> {
            String edit = firstLink(page, "/producer/products", "a[href$='/edit']");
            String product = edit.substring(0, edit.length() - "/edit".length());
            return List.of(
                    "/producer/products",
                    edit,
                    product + "/safety",
                    product + "/nutrition",
                    "/producer/plan",
                    "/producer/lots",
                    "/producer/waste",
                    "/producer/orders",
                    "/producer/hubs",
                    "/producer/import");
        });
    }

    @Test
    void hubPages() {
        assertAccessible(
                "hub@neoterica.test",
                page -> List.of(
                        "/hub",
                        "/hub/orders",
                        firstLink(page, "/hub", "a[href$='/packing']"),
                        "/hub/deliveries",
                        "/hub/waste",
                        "/hub/credit",
                        "/hub/cycles/new"));
    }

    /** Signs in (unless email is null), then checks each page that {@code pages} lists. */
    private void assertAccessible(String email, Function<Page, List<String>> pages) {
        try (Browser browser = new Browser();
                BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            if (email != null) {
                page.navigate("/login");
                page.getByLabel("Email").fill(email);
                page.getByLabel("Password").fill("grassroots");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                        .click();
                page.waitForURL(url -> !url.contains("/login"));
            }
            List<String> problems = new ArrayList<>();
            for (String path : pages.apply(page)) {
                int status = page.navigate(path).status();
                if (status != 200) {
                    problems.add(path + ": HTTP " + status);
                    continue;
                }
                for (Rule rule : new AxeBuilder(page).withTags(WCAG).analyze().getViolations()) {
                    if (BLOCKING.contains(rule.getImpact())) {
                        problems.add(path + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp()
                                + ") at " + rule.getNodes().get(0).getTarget());
                    }
                }
                // WCAG 1.4.10 Reflow: on a phone the page itself must not scroll sideways (a wide table may)
                page.setViewportSize(PHONE_WIDTH, 800);
                int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                if (width > PHONE_WIDTH) {
                    problems.add(path + ": " + width + " px wide on a " + PHONE_WIDTH + " px screen");
                }
                page.setViewportSize(1280, 900);
            }
            assertThat(problems).isEmpty();
        }
    }

    private static String firstLink(Page page, String from, String selector) {
        page.navigate(from);
        return page.locator(selector).first().getAttribute("href");
    }
}
