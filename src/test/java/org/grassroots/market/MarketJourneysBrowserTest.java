package org.grassroots.market;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.grassroots.catalog.Variant;
import org.grassroots.identity.UserAccount;
import org.grassroots.market.application.Carts;
import org.grassroots.market.application.Checkout;
import org.grassroots.support.Browser;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The three marketplace journeys, in real Chromium: a shopper, a producer and a hub manager. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketJourneysBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    Carts carts;

    @Autowired
    Checkout checkout;

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
    void shopperBrowsesSearchesFiltersBuysAndCancels() {
        UserAccount shopper = fixtures.shopper();
        try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = signIn(context, shopper.email());

            page.navigate("/shop/central-hub");
            page.getByLabel("You are in").selectOption("Easton");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use"))
                    .click();
            assertThat(page.getByTestId("product-card").first()).containsText("from you");
            screenshot(page, "shop");
            page.getByLabel("Search").fill("chedd");
            assertThat(page.getByTestId("result-count")).containsText("products");
            page.getByLabel("Category").selectOption("cheese");
            Locator cheddar = page.getByTestId("product-card")
                    .filter(new Locator.FilterOptions().setHasText("Cave-aged cheddar"));
            assertThat(cheddar).hasCount(1);
            assertThat(page.getByTestId("product-card").filter(new Locator.FilterOptions().setHasText("Salted butter")))
                    .hasCount(0);
            cheddar.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cave-aged cheddar"))
                    .click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cave-aged cheddar")))
                    .isVisible();
            assertThat(page.getByTestId("variants")).containsText("per kg");
            assertThat(page.getByText("About Cheddar Gorge Dairy")).isVisible();
            page.getByLabel("Quantity").first().fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart: Cave-aged cheddar 250 g"))
                    .click();
            assertThat(page.getByTestId("cart-badge")).hasText("2");

            page.navigate("/shop/central-hub?q=sirloin");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart: Sirloin steaks"))
                    .click();
            assertThat(page.getByTestId("cart-badge")).hasText("3");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cart"))
                    .click();
            assertThat(page.getByTestId("cart-line")).hasCount(2);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to checkout"))
                    .click();
            page.getByLabel("Pickup at Neoterica Central Hub").check();
            page.getByLabel("Note for the hub").fill("Please keep the cheese cool.");
            screenshot(page, "checkout");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order"))
                    .click();

            assertThat(page.getByTestId("order-placed")).isVisible();
            assertThat(page.getByTestId("order-status")).hasText("Placed");
            String orderUrl = page.url();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My orders"))
                    .click();
            assertThat(page.getByTestId("order-history").locator("tbody tr")).hasCount(1);
            page.navigate(orderUrl);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel this order"))
                    .click();
            assertThat(page.getByTestId("order-status")).hasText("Cancelled");
            screenshot(page, "order-cancelled");
        }
    }

    @Test
    void producerChangesStockAndPriceThenImportsACsvAfterFixingABadRow() {
        MarketFixtures.Market market = fixtures.market();
        Variant variant = fixtures.variant(market.producer(), "Purple carrots", 12, 210);
        try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = signIn(context, market.producerAccount().email());

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My products"))
                    .click();
            page.getByLabel("Price of " + variant.sku()).fill("2.35");
            page.getByLabel("Stock of " + variant.sku()).fill("40");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save " + variant.sku()))
                    .click();
            assertThat(page.locator("#variant-" + variant.id().value())).containsText("Saved");
            page.reload();
            assertThat(page.getByLabel("Price of " + variant.sku())).hasValue("2.35");
            assertThat(page.getByLabel("Stock of " + variant.sku())).hasValue("40");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import products from CSV"))
                    .click();
            String header = "sku,product_name,category,unit,unit_value,price,stock\n";
            upload(page, header + "NEW-1,Chard,vegetables,g,300,2.30,15\nNEW-2,Kohlrabi,vegetables,item,2,abc,6\n");
            assertThat(page.getByTestId("import-report")).containsText("Nothing was imported");
            assertThat(page.getByTestId("import-problem")).hasCount(1);
            assertThat(page.getByTestId("import-problem")).containsText("3");
            assertThat(page.getByTestId("import-problem")).containsText("price");
            screenshot(page, "import-report");

            upload(page, header + "NEW-1,Chard,vegetables,g,300,2.30,15\nNEW-2,Kohlrabi,vegetables,item,2,1.80,6\n");
            assertThat(page.getByTestId("import-success")).containsText("Imported 2 rows: 2 new, 0 updated.");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My products"))
                    .click();
            assertThat(page.getByTestId("producer-products")).containsText("Kohlrabi");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New product"))
                    .click();
            page.getByLabel("Product name").fill("Purple sprouting broccoli");
            page.getByLabel("Category").selectOption("vegetables");
            page.getByLabel("SKU").fill("PSB-1");
            page.getByLabel("Size").fill("300");
            page.getByLabel("Price (£)").fill("abc");
            page.getByLabel("Stock").fill("25");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(page.getByText("Enter a price like 3.25.")).isVisible();
            assertThat(page.getByLabel("Stock")).hasValue("25");
            page.getByLabel("Price (£)").fill("2.95");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(page.getByText("Saved Purple sprouting broccoli.")).isVisible();
            assertThat(page.getByTestId("producer-products")).containsText("PSB-1");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Where I sell"))
                    .click();
            Locator hub = page.getByLabel(market.hub().name());
            assertThat(hub).isChecked();
        }
    }

    @Test
    void hubManagerOpensACycleSeesOrdersPacksThemAndDownloadsThePackingCsv() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        Variant beans = fixtures.variant(market.producer(), "Runner beans", 50, 240);
        for (int i = 0; i < 3; i++) {
            UserAccount shopper = fixtures.shopper();
            carts.add(shopper.id(), market.cycle(), beans.id(), i + 1);
            checkout.place(
                    shopper.id(),
                    market.cycle(),
                    new Checkout.Request(
                            market.pickupOptionId(),
                            PaymentMethod.PAY_AT_PICKUP,
                            "",
                            null,
                            null,
                            UUID.randomUUID().toString()));
        }
        try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = signIn(context, market.hubManager().email());

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hub desk"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open a cycle"))
                    .click();
            page.getByLabel("Name").first().fill("Browser test week");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open a cycle"))
                    .click();
            screenshot(page, "hub-cycle-opened");
            assertThat(page.getByText("The cycle is open for orders.")).isVisible();

            page.getByLabel("Cycle").selectOption(String.valueOf(market.cycle().value()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                    .click();
            Locator rows = page.getByTestId("hub-order-row");
            assertThat(rows).hasCount(3);
            assertThat(rows.first()).containsText("Placed");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all placed orders packed"))
                    .click();
            assertThat(page.getByText("3 orders packed.")).isVisible();
            assertThat(page.getByTestId("hub-order-row").filter(new Locator.FilterOptions().setHasText("Packed")))
                    .hasCount(3);
            screenshot(page, "hub-orders");

            Download download =
                    page.waitForDownload(() -> page.getByTestId("packing-csv").click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("producer,sku,product,pack,quantity,amount");
            assertThat(csv).contains(beans.sku()).contains(",6,14.40");
        }
    }

    private Page signIn(BrowserContext context, String email) {
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(MarketFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page.getByTestId("signed-in-as")).isVisible();
        return page;
    }

    private static void upload(Page page, String csv) {
        page.getByLabel("CSV file (UTF-8)")
                .setInputFiles(new FilePayload("catalog.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and import"))
                .click();
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
