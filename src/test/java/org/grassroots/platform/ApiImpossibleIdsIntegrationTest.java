package org.grassroots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.common.UserId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.identity.security.ApiTokens;
import org.grassroots.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every API path with an id in it, from the OpenAPI document, called by each kind of user with ids
 * that nothing can have: the answer is a 4xx problem document, never a 500. Nothing is changed,
 * since no such record exists.
 */
@IntegrationTest
class ApiImpossibleIdsIntegrationTest {

    private static final List<String> USERS =
            List.of("shopper@neoterica.test", "producer@neoterica.test", "hub@neoterica.test");
    private static final List<String> IDS = List.of("0", "-1", "abc", "99999999999999999999");

    @LocalServerPort
    int port;

    @Autowired
    IdentityApi identity;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ObjectMapper json;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void impossibleIdsAreClientErrorsOnEveryPath() throws Exception {
        JsonNode paths = json.readTree(send("GET", "/v3/api-docs", null).body()).get("paths");
        Map<UserId, String> bearers = new LinkedHashMap<>();
        for (String email : USERS) {
            UserId user = identity.findByEmail(email).orElseThrow().id();
            bearers.put(user, tokens.create(user, "impossible ids test"));
        }
        List<String> failures = new ArrayList<>();
        int calls = 0;
        try {
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                if (!path.getKey().startsWith("/api/") || !path.getKey().contains("{")) {
                    continue;
                }
                for (String method : path.getValue().propertyNames()) {
                    for (String bearer : bearers.values()) {
                        for (String id : IDS) {
                            String uri = path.getKey().replaceAll("\\{[^}]+}", id);
                            HttpResponse<String> response = send(method.toUpperCase(), uri, bearer);
                            calls++;
                            String type = response.headers()
                                    .firstValue("Content-Type")
                                    .orElse("");
                            if (response.statusCode() >= 500 || !type.startsWith("application/problem+json")) {
                                failures.add(
                                        method.toUpperCase() + " " + uri + ": " + response.statusCode() + " " + type);
                            }
                        }
                    }
                }
            }
        } finally {
            bearers.keySet()
                    .forEach(user -> tokens.list(user).stream()
                            .filter(t -> t.name().equals("impossible ids test"))
                            .forEach(t -> tokens.revoke(user, t.id())));
        }
        assertThat(calls).isGreaterThan(200);
        assertThat(failures).isEmpty();
    }

    private HttpResponse<String> send(String method, String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
