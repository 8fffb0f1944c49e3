package org.grassroots.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * CPU time used so far: by this JVM, by the load generator's threads in it ({@link LoadClient}'s
 * threads, named {@code load-…}, which also do its HTTP client's I/O), and by the whole
 * machine (adding PostgreSQL and anything else): where a phase's time goes. The machine's figure
 * comes from {@code /proc/stat} (Linux); elsewhere it is NaN.
 */
record CpuTime(double jvmSeconds, double loadSeconds, double machineSeconds) {

    /** Linux's USER_HZ: {@code /proc/stat} counts in hundredths of a second. */
    private static final double TICKS_PER_SECOND = 100;

    static CpuTime now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuTime(os.getProcessCpuTime() / 1e9, loadGeneratorSeconds(), machineBusySeconds());
    }

    CpuTime since(CpuTime earlier) {
        return new CpuTime(
                jvmSeconds - earlier.jvmSeconds,
                loadSeconds - earlier.loadSeconds,
                machineSeconds - earlier.machineSeconds);
    }

    /**
     * The time per each of {@code count} units of work, in milliseconds: the whole machine's, then
     * the app's, the load generator's and other processes' (PostgreSQL, mostly).
     */
    String per(int count) {
        double app = 1000 * (jvmSeconds - loadSeconds) / count;
        double load = 1000 * loadSeconds / count;
        if (Double.isNaN(machineSeconds)) {
            return String.format(Locale.ROOT, "app %.1f ms, load generator %.1f ms", app, load);
        }
        return String.format(
                Locale.ROOT,
                "%.1f ms (app %.1f, load generator %.1f, other processes %.1f)",
                1000 * machineSeconds / count,
                app,
                load,
                1000 * (machineSeconds - jvmSeconds) / count);
    }

    private static double loadGeneratorSeconds() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("load-")) {
                nanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return nanos / 1e9;
    }

    /** user + nice + system + irq + softirq of all cores: busy time, not idle, I/O wait or steal. */
    private static double machineBusySeconds() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7}) {
                busy += Long.parseLong(cpu[field]);
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
