package org.grassroots.platform;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs how long the JVM took from launch to serving requests, and where to open the app. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            log.info(
                    "Grassroots is ready at http://localhost:{} (startup {} s from JVM launch)",
                    web.getWebServer().getPort(),
                    String.format("%.1f", seconds));
        }
    }
}
