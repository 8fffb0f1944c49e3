package org.grassroots;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Starts the web application. Every argument is passed to Spring, e.g. {@code --server.port=9090}. */
@Command(
        name = "serve",
        header = "Starts the web application (the default command).",
        mixinStandardHelpOptions = true,
        description = {
            "With no spring.datasource.url it runs an embedded PostgreSQL under ./data and loads the demo market."
                    + " Spring options pass through, for example:",
            "  --server.port=9090  --grassroots.demo=false",
            "  --grassroots.database.data-dir=/var/lib/grassroots",
            "  --spring.datasource.url=jdbc:postgresql://db:5432/grassroots"
        })
class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Unmatched
    private List<String> springArguments = new ArrayList<>();

    static boolean isServing() {
        return serving;
    }

    /** @return 1 when the application does not start; Spring Boot has then already said why */
    @Override
    public Integer call() {
        try {
            new SpringApplicationBuilder(GrassrootsApplication.class)
                    .main(GrassrootsApplication.class)
                    .run(springArguments.toArray(String[]::new));
        } catch (RuntimeException reportedBySpringBoot) {
            return 1;
        }
        serving = true;
        return 0;
    }
}
