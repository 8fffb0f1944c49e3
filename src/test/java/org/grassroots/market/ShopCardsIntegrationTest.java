package org.grassroots.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.grassroots.identity.UserAccount;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.grassroots.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ShopCardsIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MarketFixtures fixtures;

    @Test
    void sharedProductCardsCarryEachViewersOwnCsrfToken() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        fixtures.variant(market.producer(), "Plums", 20, 300);
        String shop = "/shop/" + market.hub().slug();
        UserAccount first = fixtures.shopper();
        UserAccount second = fixtures.shopper();

        String firstPage = WebSession.signedIn(port, first.email(), MarketFixtures.PASSWORD)
                .get(shop, "text/html")
                .body();
        String secondPage = WebSession.signedIn(port, second.email(), MarketFixtures.PASSWORD)
                .get(shop, "text/html")
                .body();

        assertThat(firstPage).contains("Plums").contains("class=\"add-to-cart\"");
        // the second page's card comes from the cache; its form must still carry the second viewer's token
        List<String> firstTokens = tokens(firstPage);
        List<String> secondTokens = tokens(secondPage);
        assertThat(firstTokens).hasSizeGreaterThan(1).containsOnly(firstTokens.get(0));
        assertThat(secondTokens).hasSizeGreaterThan(1).containsOnly(secondTokens.get(0));
        assertThat(secondTokens.get(0)).isNotEqualTo(firstTokens.get(0));
    }

    @Test
    void pricesLookTheSameWhateverTheBrowsersLanguage() throws Exception {
        MarketFixtures.Market market = fixtures.market();
        fixtures.variant(market.producer(), "Damsons", 20, 345);
        String shop = "http://localhost:" + port + "/shop/" + market.hub().slug();

        for (String language : List.of("fr-FR", "de-DE", "en-US")) {
            String page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(shop))
                                    .header("Accept", "text/html")
                                    .header("Accept-Language", language)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();

            assertThat(page)
                    .as(language)
                    .contains("£3.45")
                    .doesNotContain("3,45")
                    .doesNotContain("£GB");
        }
    }

    private static List<String> tokens(String html) {
        return CSRF.matcher(html).results().map(m -> m.group(1)).toList();
    }
}
