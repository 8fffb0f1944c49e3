package org.grassroots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.grassroots.GrassrootsApplication;
import org.grassroots.identity.IdentityApi;
import org.grassroots.identity.NewUser;
import org.grassroots.identity.Role;
import org.grassroots.market.MarketApi;
import org.grassroots.network.NetworkApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database as the app really runs it: persistent, durable, and reused across restarts. */
class RestartIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartAndTheDemoMarketIsNotLoadedTwice() {
        long orders;
        long enterprises;
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(IdentityApi.class)
                    .register(new NewUser("kept@example.org", "Kept", "kept across restarts", Set.of(Role.SHOPPER)));
            orders = first.getBean(MarketApi.class).countOrders();
            enterprises = first.getBean(NetworkApi.class).count();
            assertThat(orders).isPositive();
        }

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(IdentityApi.class).findByEmail("kept@example.org"))
                    .isPresent();
            assertThat(second.getBean(MarketApi.class).countOrders()).isEqualTo(orders);
            assertThat(second.getBean(NetworkApi.class).count()).isEqualTo(enterprises);
        }
    }

    @Test
    void persistentDatabaseRunsWithDurabilityOn() {
        try (ConfigurableApplicationContext app = start()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GrassrootsApplication.class)
                .run(
                        "--server.port=0",
                        "--grassroots.database.data-dir=" + dataDir.resolve("postgres"),
                        "--grassroots.demo-shoppers=10",
                        "--grassroots.demo-weeks=3",
                        "--logging.level.root=WARN");
    }
}
