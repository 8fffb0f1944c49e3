package org.grassroots.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterTest {

    @TempDir
    Path dataDir;

    @Test
    void stopsAServerLeftRunningOnTheDataDirectory() throws Exception {
        EmbeddedPostgres leftOver = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        long pid = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();

        StalePostmaster.stopIfRunning(dataDir);

        postmaster.onExit().get(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS);
        assertThat(postmaster.isAlive()).isFalse();
        try {
            leftOver.close();
        } catch (Exception alreadyStopped) {
            // pg_ctl stop fails because the server is already gone, which is the point.
        }
    }

    @Test
    void leavesADirectoryWithoutAServerAlone() throws Exception {
        Files.writeString(dataDir.resolve("postmaster.pid"), "999999999\n" + dataDir + "\n");

        StalePostmaster.stopIfRunning(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).exists();
    }
}
