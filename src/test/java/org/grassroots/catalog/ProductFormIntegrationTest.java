package org.grassroots.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.grassroots.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The producer's new-product form, posted as a browser would. */
@IntegrationTest
class ProductFormIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MarketFixtures fixtures;

    @Test
    void theMadeToOrderBoxMakesTheFirstPackMadeToOrder() throws Exception {
        WebSession producer = producer();
        String sku = "MTO-" + System.nanoTime();

        HttpResponse<String> saved = producer.post("/producer/products", form("Kale " + sku, sku, "3.25", "true"));

        assertThat(saved.statusCode()).isEqualTo(302);
        String row = Pattern.compile("<td>" + sku + "</td>.*?</tr>", Pattern.DOTALL)
                .matcher(producer.get("/producer/products", "text/html").body())
                .results()
                .findFirst()
                .orElseThrow()
                .group();
        assertThat(row).contains("name=\"onDemand\" value=\"true\" checked");
    }

    @Test
    void anythingElseInTheBoxIsNotTickedAndTheFormComesBackWithItsErrorsNotA500() throws Exception {
        WebSession producer = producer();
        String sku = "BAD-" + System.nanoTime();

        HttpResponse<String> page = producer.post("/producer/products", form("Kale " + sku, sku, "abc", "maybe"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Enter a price like 3.25.").contains("Kale " + sku);
    }

    /** A test producer of its own, so that the demo market's producers get no products without nutrition. */
    private WebSession producer() throws Exception {
        return WebSession.signedIn(port, fixtures.market().producerAccount().email(), MarketFixtures.PASSWORD);
    }

    private static String form(String name, String sku, String price, String onDemand) {
        return "name=" + name.replace(' ', '+') + "&category=vegetables&description=Curly&sku=" + sku
                + "&unit=kg&unitValue=1&price=" + price + "&stock=3&onDemand=" + onDemand;
    }
}
