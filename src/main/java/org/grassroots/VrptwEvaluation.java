package org.grassroots;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.delivery.domain.FeasibilityValidator;
import org.grassroots.delivery.domain.RoutePlan;
import org.grassroots.delivery.domain.RouteSolver;
import org.grassroots.delivery.domain.SolomonInstance;
import org.slf4j.LoggerFactory;

/**
 * {@code eval vrptw}: solves Solomon instances with the delivery solver and compares each solution,
 * checked by an independent validator, with the best known one.
 */
final class VrptwEvaluation {

    private VrptwEvaluation() {}

    /** A best-known solution: fewest vehicles and their distance for one objective. */
    record BestKnown(int vehicles, double distance) {}

    static void run(List<Path> files, Duration limit, RoutePlan.Objective objective, PrintStream out, PrintStream err)
            throws IOException {
        quietSolverLogs();
        int feasible = 0;
        int matched = 0;
        int withBks = 0;
        double gapSum = 0;
        Map<Path, Map<String, BestKnown>> bksByFolder = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            SolomonInstance instance = SolomonInstance.read(files.get(i));
            Path folder = files.get(i).toAbsolutePath().getParent();
            Map<String, BestKnown> bks = bksByFolder.computeIfAbsent(folder, f -> bestKnown(f, objective));
            err.printf(
                    Locale.ROOT,
                    "[%d/%d] %s: %d customers, solving for %d s%n",
                    i + 1,
                    files.size(),
                    instance.name(),
                    instance.customers().size() - 1,
                    limit.toSeconds());
            long started = System.nanoTime();
            RoutePlan solved = RouteSolver.solve(instance.toPlan(objective), limit);
            double seconds = (System.nanoTime() - started) / 1e9;
            FeasibilityValidator.Result result = FeasibilityValidator.check(instance, SolomonInstance.routes(solved));
            result.violations().stream().limit(5).forEach(v -> err.println("  infeasible: " + v));
            BestKnown best = bks.get(instance.name());
            String gap = "n/a";
            if (best != null) {
                double g = 100 * (result.distance() - best.distance()) / best.distance();
                gap = "%.2f".formatted(Math.abs(g) < 0.005 ? 0.0 : g);
                gapSum += g;
                withBks++;
                if (result.feasible() && result.vehicles() <= best.vehicles()) {
                    matched++;
                }
            }
            if (result.feasible()) {
                feasible++;
            }
            out.printf(
                    Locale.ROOT,
                    "result instance=%s vehicles=%d distance=%.2f bks_vehicles=%s bks_distance=%s gap=%s feasible=%b"
                            + " seconds=%.1f%n",
                    instance.name(),
                    result.vehicles(),
                    result.distance(),
                    best == null ? "n/a" : best.vehicles(),
                    best == null ? "n/a" : "%.2f".formatted(best.distance()),
                    gap,
                    result.feasible(),
                    seconds);
        }
        out.printf(
                Locale.ROOT,
                "result summary instances=%d feasible=%d mean_gap=%s bks_vehicles_matched=%d%n",
                files.size(),
                feasible,
                withBks == 0 ? "n/a" : "%.2f".formatted(gapSum / withBks),
                matched);
    }

    /** Timefold logs each solve at INFO; the evaluation's own lines are the output. */
    private static void quietSolverLogs() {
        if (LoggerFactory.getLogger("ai.timefold") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** Reads {@code bks.csv} in the folder (class,instance,objective,bks_vehicles,bks_distance,…), if there. */
    static Map<String, BestKnown> bestKnown(Path folder, RoutePlan.Objective objective) {
        Path file = folder.resolve("bks.csv");
        Map<String, BestKnown> bks = new HashMap<>();
        if (!Files.isReadable(file)) {
            return bks;
        }
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> header = List.of(lines.get(0).split(","));
            int instance = column(header, "instance", file);
            int kind = column(header, "objective", file);
            int vehicles = column(header, "bks_vehicles", file);
            int distance = column(header, "bks_distance", file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                if (f.length > distance && f[kind].equalsIgnoreCase(objective.name())) {
                    bks.put(f[instance], new BestKnown(Integer.parseInt(f[vehicles]), Double.parseDouble(f[distance])));
                }
            }
            return bks;
        } catch (IOException | NumberFormatException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    private static int column(List<String> header, String name, Path file) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(file + " has no column " + name);
        }
        return index;
    }
}
