package org.grassroots.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.grassroots.identity.UserAccount;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApiTokenIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Test
    void aTokenAuthenticatesItsUserUntilRevoked() throws Exception {
        UserAccount shopper = fixtures.shopper();
        String token = tokens.create(shopper.id(), "My integration");

        assertThat(get("/api/v1/orders", token).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/orders", token).statusCode())
                .as("from the cache")
                .isEqualTo(200);
        assertThat(tokens.list(shopper.id()).get(0).lastUsedAt()).isNotNull();

        long id = tokens.list(shopper.id()).get(0).id();
        assertThat(tokens.revoke(shopper.id(), id)).isTrue();

        HttpResponse<String> revoked = get("/api/v1/orders", token);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(revoked.body()).contains("unknown or revoked");
        assertThat(get("/api/v1/orders", "gr_not-a-token").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
