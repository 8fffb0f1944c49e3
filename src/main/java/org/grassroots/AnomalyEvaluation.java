package org.grassroots;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.grassroots.supply.domain.AnomalyGuard;
import org.grassroots.supply.domain.AnomalyGuard.Flag;
import org.grassroots.supply.domain.AnomalyGuard.Kind;
import org.grassroots.supply.domain.Combination;
import org.grassroots.supply.domain.Forecast;
import org.grassroots.supply.domain.ForecastMetrics;

/**
 * {@code eval anomalies}: injects documented synthetic glitches into real demand series, runs the
 * anomaly guard, and reports how many it finds and how much holding them out helps forecasts.
 *
 * <p>Protocol. Each trial cuts a random series at a random origin (seeded): the {@code horizon}
 * points after the origin are the future, the {@link #WINDOW} points before it are where one glitch
 * goes and where detections are scored (any other detection there is a false positive). The history
 * before the window must cover the guard's warm-up and 8 more points, and the window's mean must be at
 * least {@link #MIN_LEVEL}. A series can host several trials. The same windows without the glitch
 * count false alarms. Glitch types rotate:
 *
 * <ul>
 *   <li>spike: one point becomes itself plus 2 to 5 times the window's mean (a duplicated bulk
 *       order, a double-counted feed);
 *   <li>drop: one point falls to 0 to 20 % of itself (a lost feed, an outage);
 *   <li>shift: from a point at least 4 before the future to the end of the history, every point is
 *       multiplied by 0.2 to 0.45 or by 2.2 to 3.5 (a unit change, a collapsed preference that was a
 *       data error).
 * </ul>
 *
 * A detection matches a glitch of its own kind on the same series starting within one point of it.
 * Forecast error is RMSSE of the grassroots forecaster over the future, from the glitched history,
 * from the guarded history (flags rejected as glitches: replaced by what was expected), and from the
 * clean history.
 */
final class AnomalyEvaluation {

    static final int WINDOW = 12;
    static final double MIN_LEVEL = 3;

    private AnomalyEvaluation() {}

    /** One trial: a series, its history before the origin with one glitch of the kind starting at {@code start}. */
    record Trial(double[] series, double[] glitched, int origin, Kind kind, int start) {}

    static void run(
            List<double[]> all, int inject, long seed, int season, int horizon, PrintStream out, PrintStream progress) {
        int minHistory = AnomalyGuard.warmUp(season) + 8;
        List<double[]> eligible = all.stream()
                .filter(y -> y.length >= minHistory + WINDOW + horizon)
                .toList();
        progress.printf(
                "%d series, %d long enough (%d points of history before a %d-point glitch window and %d to forecast)%n",
                all.size(), eligible.size(), minHistory, WINDOW, horizon);
        Random random = new Random(seed);
        List<Trial> trials = new ArrayList<>();
        Kind[] kinds = Kind.values();
        for (int attempt = 0; trials.size() < inject && attempt < 100 * inject && !eligible.isEmpty(); attempt++) {
            double[] y = eligible.get(random.nextInt(eligible.size()));
            int origin = minHistory + WINDOW + random.nextInt(y.length - horizon - minHistory - WINDOW + 1);
            if (mean(y, origin - WINDOW, origin) < MIN_LEVEL) {
                continue;
            }
            double[] history = Arrays.copyOf(y, origin);
            Kind kind = kinds[trials.size() % kinds.length];
            int start = inject(history, kind, origin, random);
            trials.add(new Trial(y, history, origin, kind, start));
        }
        if (trials.size() < inject) {
            progress.printf("only %d windows with a mean of at least %.0f were found%n", trials.size(), MIN_LEVEL);
        }
        Map<Kind, int[]> counts = new EnumMap<>(Kind.class); // {true positives, flagged, injected}
        for (Kind kind : kinds) {
            counts.put(kind, new int[3]);
        }
        ForecastMetrics withGlitch = new ForecastMetrics();
        ForecastMetrics guarded = new ForecastMetrics();
        ForecastMetrics clean = new ForecastMetrics();
        ForecastMetrics cleanGuarded = new ForecastMetrics();
        int falseAlarms = 0;
        Combination forecaster = Combination.standard();
        long started = System.nanoTime();
        for (int i = 0; i < trials.size(); i++) {
            Trial trial = trials.get(i);
            double[] y = trial.series();
            int origin = trial.origin();
            double[] cleanHistory = Arrays.copyOf(y, origin);
            double[] history = trial.glitched();
            double[] future = Arrays.copyOfRange(y, origin, origin + horizon);
            counts.get(trial.kind())[2]++;
            AnomalyGuard.Result result = AnomalyGuard.detect(history, season);
            for (Flag flag : result.flags()) {
                if (flag.start() >= origin - WINDOW) {
                    counts.get(flag.kind())[1]++;
                    if (flag.kind() == trial.kind() && Math.abs(flag.start() - trial.start()) <= 1) {
                        counts.get(flag.kind())[0]++;
                    }
                }
            }
            AnomalyGuard.Result onClean = AnomalyGuard.detect(cleanHistory, season);
            falseAlarms += (int) onClean.flags().stream()
                    .filter(f -> f.start() >= origin - WINDOW)
                    .count();
            add(withGlitch, forecaster.forecast(history, horizon, season), cleanHistory, future);
            add(guarded, forecaster.forecast(result.cleaned(), horizon, season), cleanHistory, future);
            add(clean, forecaster.forecast(cleanHistory, horizon, season), cleanHistory, future);
            add(cleanGuarded, forecaster.forecast(onClean.cleaned(), horizon, season), cleanHistory, future);
            if ((i + 1) % 500 == 0) {
                progress.printf("  %d of %d glitches%n", i + 1, trials.size());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int tp = 0;
        int flagged = 0;
        for (Kind kind : kinds) {
            int[] c = counts.get(kind);
            tp += c[0];
            flagged += c[1];
            out.println(scoreLine("type=" + kind.name().toLowerCase(Locale.ROOT), c[0], c[1], c[2]));
        }
        out.println(scoreLine("type=all", tp, flagged, trials.size())
                + String.format(Locale.ROOT, " seconds=%.1f", seconds));
        double glitchedRmsse = withGlitch.rmsse();
        double guardedRmsse = guarded.rmsse();
        double cleanRmsse = clean.rmsse();
        out.printf(
                Locale.ROOT,
                "result guard affected_series=%d rmsse_glitched=%.4f rmsse_guarded=%.4f rmsse_clean=%.4f"
                        + " error_reduction=%.4f harm_removed=%.4f%n",
                withGlitch.series(),
                glitchedRmsse,
                guardedRmsse,
                cleanRmsse,
                glitchedRmsse > 0 ? (glitchedRmsse - guardedRmsse) / glitchedRmsse : 0,
                glitchedRmsse > cleanRmsse ? (glitchedRmsse - guardedRmsse) / (glitchedRmsse - cleanRmsse) : 0);
        out.printf(
                Locale.ROOT,
                "result guard clean_windows=%d false_alarms=%d rmsse_clean_guarded=%.4f rmsse_clean=%.4f%n",
                trials.size(),
                falseAlarms,
                cleanGuarded.rmsse(),
                cleanRmsse);
    }

    private static void add(ForecastMetrics metrics, Forecast forecast, double[] history, double[] future) {
        metrics.add(history, future, forecast.p50(), forecast.p90());
    }

    /** Puts one glitch of the kind into the window before the origin; returns where it starts. */
    static int inject(double[] y, Kind kind, int origin, Random random) {
        double level = mean(y, origin - WINDOW, origin);
        switch (kind) {
            case SPIKE -> {
                int at = origin - 1 - random.nextInt(WINDOW - 1);
                y[at] += (2 + 3 * random.nextDouble()) * level;
                return at;
            }
            case DROP -> {
                int at = origin - 1 - random.nextInt(WINDOW - 1);
                y[at] *= 0.2 * random.nextDouble();
                return at;
            }
            default -> {
                int at = origin - 4 - random.nextInt(WINDOW - 4);
                double factor =
                        random.nextBoolean() ? 0.2 + 0.25 * random.nextDouble() : 2.2 + 1.3 * random.nextDouble();
                for (int t = at; t < origin; t++) {
                    y[t] *= factor;
                }
                return at;
            }
        }
    }

    private static String scoreLine(String what, int truePositives, int detections, int glitches) {
        double precision = detections == 0 ? 0 : (double) truePositives / detections;
        double recall = glitches == 0 ? 0 : (double) truePositives / glitches;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return String.format(
                Locale.ROOT,
                "result %s injected=%d detected=%d flagged=%d precision=%.4f recall=%.4f f1=%.4f",
                what,
                glitches,
                truePositives,
                detections,
                precision,
                recall,
                f1);
    }

    private static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += y[t];
        }
        return sum / (to - from);
    }
}
