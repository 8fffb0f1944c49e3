package org.grassroots.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.WebSession;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ErrorHandlingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void unknownApiResourceIsAProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/producers/no-such-farm"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Producer 'no-such-farm' does not exist."));
    }

    @Test
    void anonymousCallToAProtectedApiIsA401ProblemNotALoginRedirect() throws Exception {
        mvc.perform(get("/api/v1/orders"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void producersAreListedAsJson() throws Exception {
        mvc.perform(get("/api/v1/producers"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(Matchers.greaterThanOrEqualTo(25)))
                .andExpect(jsonPath("$[0].id").isNumber())
                .andExpect(jsonPath("$[0].location.latitude").isNumber());
    }

    @Test
    void unmappedApiPathIsAProblemDocument() throws Exception {
        HttpResponse<String> response = WebSession.signedIn(port, "shopper@neoterica.test", "grassroots")
                .get("/api/v1/no/such/resource", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
    }

    @Test
    void unknownPageShowsAFriendlyPageWithoutInternals() throws Exception {
        assertFriendlyNotFound("shopper@neoterica.test", "/no/such/page", "Sam Shopper");
    }

    @Test
    void aMarketProblemOnAPageIsAnHtmlPageThatStillKnowsTheUser() throws Exception {
        HttpResponse<String> response = WebSession.signedIn(port, "shopper@neoterica.test", "grassroots")
                .get("/shop/no-such-hub", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("This shop does not exist.").contains("Signed in as Sam Shopper");
    }

    @Test
    void anIdNothingCanHaveIsNotFoundInTheApi() throws Exception {
        mvc.perform(get("/api/v1/products/0"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Product '0' does not exist."));
        mvc.perform(get("/api/v1/products/-1/safety")).andExpect(status().isNotFound());
    }

    @Test
    void anIdNothingCanHaveIsAFriendlyNotFoundPage() throws Exception {
        assertFriendlyNotFound("producer@neoterica.test", "/producer/products/-1/edit", "Chew Valley Organic Farm");
    }

    @Test
    void aNulCharacterAnywhereInARequestIsA400NamingTheField() throws Exception {
        WebSession shopper = WebSession.signedIn(port, "shopper@neoterica.test", "grassroots");

        HttpResponse<String> query = shopper.get("/api/v1/cycles/1/products?category=veg%00", "application/json");
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(query.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(query.body()).contains("\"field\":\"category\"", "NUL character");

        HttpResponse<String> page = shopper.get("/shop/central-hub?producer=%00", "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("producer contains a NUL character").contains("Signed in as Sam Shopper");

        HttpResponse<String> form = shopper.post("/account/household/members", "name=Ki%00d");
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(form.body()).contains("name contains a NUL character");

        HttpResponse<String> json = WebSession.api(
                port,
                "POST",
                "/api/v1/household/members",
                "shopper@neoterica.test",
                "grassroots",
                "{\"name\":\"Ki\\u0000d\"}");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("\"field\":\"name\"", "contains a NUL character");
    }

    @Test
    void aPageParameterThatDoesNotConvertOrIsMissingIsNamed() throws Exception {
        WebSession shopper = WebSession.signedIn(port, "shopper@neoterica.test", "grassroots");

        HttpResponse<String> mistyped = shopper.get("/shop/central-hub/flavor?anywhere=maybe", "text/html");
        assertThat(mistyped.statusCode()).isEqualTo(400);
        assertThat(mistyped.body())
                .contains("anywhere must be true or false, not &#39;maybe&#39;.")
                .contains("Signed in as Sam Shopper");

        HttpResponse<String> missing = shopper.post("/cart/items", "variant=5");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("cycle is required.");
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")));
    }

    @Test
    void actuatorExposesOnlyHealthAndInfo() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
    }

    /** The 404 page, for someone signed in: a readable reason, who they are, and no internals. */
    @Test
    void aFormFieldThatDoesNotConvertIsNamed() throws Exception {
        WebSession shopper = WebSession.signedIn(port, "shopper@neoterica.test", "grassroots");
        HttpResponse<String> checkout = shopper.post("/checkout/1", "fulfilment=PICKUP&payment=PAY_AT_PICKUP");
        assertThat(checkout.statusCode()).isEqualTo(400);
        assertThat(checkout.body()).contains("fulfilment must be a whole number, not &#39;PICKUP&#39;.");
    }

    @Test
    void theAddressAFormWithErrorsLeavesLeadsBackToItsPageWhenOpenedAgain() throws Exception {
        // a form with errors is shown at the address it was posted to; reloading it from the address bar is a GET
        WebSession hub = WebSession.signedIn(port, "hub@neoterica.test", "grassroots");
        assertRedirect(hub, "/hub/cycles", "/hub/cycles/new");
        assertRedirect(hub, "/hub/deliveries/fleet?cycle=3", "/hub/deliveries?cycle=3");
        assertRedirect(hub, "/hub/deliveries/solve", "/hub/deliveries");
        WebSession producer = WebSession.signedIn(port, "producer@neoterica.test", "grassroots");
        assertRedirect(producer, "/producer", "/producer/products");
        String product = java.util.regex.Pattern.compile("/producer/products/(\\d+)/edit")
                .matcher(producer.get("/producer/products", "text/html").body())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        assertRedirect(producer, "/producer/products/" + product, "/producer/products/" + product + "/edit");
        assertRedirect(
                producer,
                "/producer/products/" + product + "/safety/corrections",
                "/producer/products/" + product + "/safety");
        WebSession shopper = WebSession.signedIn(port, "shopper@neoterica.test", "grassroots");
        assertRedirect(shopper, "/shop/central-hub/fill/cart", "/shop/central-hub/fill");
    }

    @Test
    void anAddressWithATrailingSlashIsRedirectedToTheOneWithout() throws Exception {
        HttpResponse<String> response = WebSession.anonymous(port).get("/shop/?sort=price", "text/html");

        assertThat(response.statusCode()).isEqualTo(308);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/shop?sort=price"));
    }

    private static void assertRedirect(WebSession session, String path, String target) throws Exception {
        HttpResponse<String> response = session.get(path, "text/html");

        assertThat(response.statusCode()).as(path).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .as(path)
                .hasValueSatisfying(location -> assertThat(location).endsWith(target));
    }

    private void assertFriendlyNotFound(String email, String path, String signedInAs) throws Exception {
        HttpResponse<String> response =
                WebSession.signedIn(port, email, "grassroots").get(path, "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("We could not find that page")
                .contains("Signed in as " + signedInAs)
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }
}
