package org.grassroots.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium through Playwright. Uses the system Chromium ({@code /usr/bin/chromium}, or the
 * path in {@code CHROMIUM_PATH}); never downloads a browser when one is installed.
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", Files.exists(chromium) ? "1" : "0")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync"));
        if (Files.exists(chromium)) {
            options.setExecutablePath(chromium);
        }
        browser = playwright.chromium().launch(options);
    }

    public BrowserContext newContext(String baseUrl) {
        BrowserContext context =
                browser.newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        return context;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
