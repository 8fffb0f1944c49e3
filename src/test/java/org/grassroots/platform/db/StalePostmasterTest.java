package org.grassroots.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterTest {

    @TempDir
    Path dataDir;

    private Process holder;

    @Test
    void stopsAServerLeftRunningByAJvmThatWasKilled() throws Exception {
        ProcessHandle postmaster = startInAnotherJvm();
        holder.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        assertThat(postmaster.isAlive())
                .as("the postmaster outlives kill -9 of its JVM")
                .isTrue();

        StalePostmaster.stopIfRunning(dataDir);

        postmaster.onExit().get(20, TimeUnit.SECONDS);
        assertThat(postmaster.isAlive()).isFalse();
    }

    @Test
    void refusesADirectoryThatARunningGrassrootsHolds() throws Exception {
        ProcessHandle postmaster = startInAnotherJvm();

        assertThatThrownBy(() -> StalePostmaster.stopIfRunning(dataDir))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining(dataDir.toString());

        assertThat(postmaster.isAlive())
                .as("the other Grassroots keeps its database")
                .isTrue();
        assertThat(new DataDirectoryFailureAnalyzer()
                        .analyze(new RuntimeException(DataDirectoryException.inUse(dataDir)))
                        .getAction())
                .contains("--grassroots.database.data-dir=");
    }

    @Test
    void leavesADirectoryWithoutAServerAlone() throws Exception {
        Files.writeString(dataDir.resolve("postmaster.pid"), "999999999\n" + dataDir + "\n");

        StalePostmaster.stopIfRunning(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).exists();
    }

    @AfterEach
    void stopWhatWasStarted() throws Exception {
        if (holder != null) {
            holder.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            StalePostmaster.stopIfRunning(dataDir);
        }
    }

    /** The postmaster of an embedded server started, like the application's, by another JVM. */
    private ProcessHandle startInAnotherJvm() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        holder = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldDataDirectory.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.equals("started")) {
            // the server's start-up log
        }
        assertThat(line).as("the other JVM started its server").isEqualTo("started");
        long pid = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow();
    }
}
