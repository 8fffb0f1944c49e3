package org.grassroots.platform.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the cluster keeps its files; blank for a throw-away cluster (tests)
 * @param port TCP port on localhost; 0 picks a free one
 * @param databaseName the database the application uses inside the cluster
 * @param poolSize connections in the application's pool
 * @param logStatementsOverMs log every statement slower than this many milliseconds; -1 for none
 */
@ConfigurationProperties("grassroots.database")
public record DatabaseProperties(
        @DefaultValue("data/postgres") String dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("grassroots") String databaseName,
        @DefaultValue("20") int poolSize,
        @DefaultValue("-1") int logStatementsOverMs) {

    boolean persistent() {
        return dataDir != null && !dataDir.isBlank();
    }
}
