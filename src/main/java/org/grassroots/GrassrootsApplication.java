package org.grassroots;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Grassroots web application: a modular monolith whose modules are the packages below this one. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Grassroots", sharedModules = "common")
public class GrassrootsApplication {

    /** Starts the web application directly, for IDEs; the jar's entry point is {@link GrassrootsCommand}. */
    public static void main(String[] args) {
        SpringApplication.run(GrassrootsApplication.class, args);
    }
}
