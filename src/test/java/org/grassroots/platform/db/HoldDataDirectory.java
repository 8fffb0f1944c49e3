package org.grassroots.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link StalePostmasterTest}: starts the embedded server on a directory the
 * way the application does, says so, and holds it until killed.
 */
final class HoldDataDirectory {

    private HoldDataDirectory() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        System.out.println("started");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
