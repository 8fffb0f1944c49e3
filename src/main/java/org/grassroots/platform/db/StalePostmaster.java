package org.grassroots.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server left running on our data directory by a JVM that was killed.
 *
 * <p>The postmaster outlives a {@code kill -9} of the JVM, and the next start would then fail with
 * "postmaster.pid already exists". Only a live {@code postgres} process that serves this very
 * directory is stopped, and only when no running Grassroots holds the directory: the embedded
 * server keeps a file lock on {@value #LOCK_FILE} while its JVM lives, and the operating system
 * drops it when that JVM dies.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(15);
    /** The file zonky's {@code EmbeddedPostgres} locks in its data directory. */
    static final String LOCK_FILE = "epg-lock";

    private StalePostmaster() {}

    /** @throws DataDirectoryException when a running Grassroots holds the directory */
    static void stopIfRunning(Path dataDir) throws IOException {
        if (heldByARunningServer(dataDir)) {
            throw DataDirectoryException.inUse(dataDir);
        }
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 2) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !servesDirectory(pid, dataDir, lines.get(1).trim())) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", pid, dataDir);
        ProcessHandle postmaster = process.get();
        postmaster.destroy();
        try {
            postmaster.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            postmaster.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not stop stale PostgreSQL " + pid, e);
        }
    }

    private static boolean heldByARunningServer(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldByThisJvm) {
            return true;
        }
    }

    private static boolean servesDirectory(long pid, Path dataDir, String dirInPidFile) throws IOException {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        if (!Files.isReadable(cmdline)) {
            return false;
        }
        String command = Files.readString(cmdline, StandardCharsets.UTF_8).replace('\0', ' ');
        return command.contains("postgres") && Path.of(dirInPidFile).equals(dataDir.toAbsolutePath());
    }
}
