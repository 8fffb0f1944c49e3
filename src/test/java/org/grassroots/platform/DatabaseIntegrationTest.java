package org.grassroots.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.grassroots.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DatabaseIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnRealPostgresql() {
        String version = jdbc.sql("select version()").query(String.class).single();

        assertThat(version).startsWith("PostgreSQL 17");
    }

    @Test
    void flywayAppliedEveryModulesMigrations() {
        List<String> applied = jdbc.sql(
                        "select script from flyway_schema_history where success order by installed_rank")
                .query(String.class)
                .list();

        assertThat(applied)
                .anyMatch(s -> s.contains("platform"))
                .anyMatch(s -> s.contains("identity"))
                .anyMatch(s -> s.contains("network"))
                .anyMatch(s -> s.contains("catalog"))
                .anyMatch(s -> s.contains("market"));
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
                .query(String.class)
                .list();
        assertThat(tables)
                .contains(
                        "event_publication",
                        "app_user",
                        "spring_session",
                        "enterprise",
                        "product",
                        "variant",
                        "product_nutrition",
                        "order_cycle",
                        "customer_order",
                        "order_line");
    }

    @Test
    void schemaRejectsImpossibleStock() {
        assertThatThrownBy(() -> jdbc.sql(
                                "update variant set on_hand = -1, on_demand = false where id = (select min(id) from variant)")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void emailsAreUniqueRegardlessOfCase() {
        assertThatThrownBy(() -> jdbc.sql("insert into app_user (email, display_name, password_hash) "
                                + "values ('Shopper@Neoterica.test', 'x', 'x')")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
