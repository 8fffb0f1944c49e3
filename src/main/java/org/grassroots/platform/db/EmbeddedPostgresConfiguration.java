package org.grassroots.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs a real PostgreSQL (zonky's embedded binaries) when no external database is configured.
 *
 * <p>Backs off completely when {@code spring.datasource.url} is set, which is the production path.
 * A persistent cluster runs with fsync and synchronous commit on: zonky turns both off by default,
 * which suits throw-away test databases but not a shop's orders.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // Spring closes this bean after the DataSource; zonky's own hook would stop
                // PostgreSQL while the pool and the event registry still use it.
                .setRegisterShutdownHook(false)
                .setPort(properties.port())
                .setServerConfig("log_min_duration_statement", Integer.toString(properties.logStatementsOverMs()));
        if (properties.logStatementsOverMs() >= 0) {
            // The server's own output is read only while it starts, so slow statements go to files,
            // in one place that outlives throw-away clusters (tests, benchmarks).
            Path logs =
                    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "grassroots-postgres-logs"));
            builder.setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", logs.toString())
                    .setServerConfig("log_filename", "postgresql-%Y-%m-%d_%H%M%S.log")
                    // Autovacuum competes with statements for the same cores: show when it runs.
                    .setServerConfig("log_autovacuum_min_duration", "0");
            log.info("PostgreSQL logs statements slower than {} ms in {}", properties.logStatementsOverMs(), logs);
        }
        if (properties.persistent()) {
            Path dataDir = Path.of(properties.dataDir()).toAbsolutePath();
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw DataDirectoryException.notWritable(dataDir, e);
            }
            if (!Files.isWritable(dataDir)) {
                throw DataDirectoryException.notWritable(dataDir, null);
            }
            StalePostmaster.stopIfRunning(dataDir);
            builder.setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        log.info(
                "Embedded PostgreSQL on port {} ({}) started in {} ms",
                postgres.getPort(),
                properties.persistent() ? "data in " + properties.dataDir() : "throw-away cluster",
                (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, DatabaseProperties properties) throws SQLException {
        createDatabaseIfMissing(postgres, properties.databaseName());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.databaseName()));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("grassroots-embedded");
        dataSource.setMaximumPoolSize(properties.poolSize());
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("grassroots.database.database-name must be a plain identifier: " + name);
        }
        JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
        Integer existing =
                admin.queryForObject("select count(*) from pg_database where datname = ?", Integer.class, name);
        if (existing == null || existing == 0) {
            admin.execute("create database " + name);
            log.info("Created database '{}'", name);
        }
    }
}
