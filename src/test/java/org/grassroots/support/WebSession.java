package org.grassroots.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP session against the real server: cookies, CSRF token and form login. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;

    private WebSession(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    public static WebSession signedIn(int port, String email, String password)
            throws IOException, InterruptedException {
        WebSession session = new WebSession(port);
        HttpResponse<String> loginPage = session.get("/login", "text/html");
        Matcher token = CSRF.matcher(loginPage.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> login = session.client.send(
                HttpRequest.newBuilder(URI.create(session.baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302
                || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login failed for " + email);
        }
        return session;
    }

    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
