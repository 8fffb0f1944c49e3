package org.grassroots;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.grassroots.supply.domain.Backtest;
import org.grassroots.supply.domain.Baselines;
import org.grassroots.supply.domain.Combination;
import org.grassroots.supply.domain.Ets;
import org.grassroots.supply.domain.ForecastMetrics;
import org.grassroots.supply.domain.Forecaster;
import org.grassroots.supply.domain.Tsb;

/**
 * {@code eval forecast}: rolling-origin evaluation of the forecasters on long-format demand data
 * ({@code series_id,date,quantity[,…]}, optionally gzipped).
 */
final class ForecastEvaluation {

    private ForecastEvaluation() {}

    /** The methods in the order they are reported. */
    static List<Forecaster> methods() {
        return List.of(Baselines.naive(), Baselines.seasonalNaive(), new Ets(), new Tsb(), Combination.standard());
    }

    /** Each series' quantities in date order (ISO dates sort as text). */
    static Map<String, double[]> read(Path file) throws IOException {
        Map<String, TreeMap<String, Double>> bySeries = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = lines.readLine();
            if (header == null || !header.startsWith("series_id,date,quantity")) {
                throw new IllegalArgumentException(
                        file + ": expected a header starting series_id,date,quantity, found " + header);
            }
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                // the series id may contain commas only if quoted; these files never quote
                int first = line.indexOf(',');
                int second = line.indexOf(',', first + 1);
                int third = line.indexOf(',', second + 1);
                if (first < 0 || second < 0) {
                    throw new IllegalArgumentException(file + " line " + number + ": expected series_id,date,quantity");
                }
                String quantity = third < 0 ? line.substring(second + 1) : line.substring(second + 1, third);
                try {
                    bySeries.computeIfAbsent(line.substring(0, first), k -> new TreeMap<>())
                            .put(line.substring(first + 1, second), Double.parseDouble(quantity));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": quantity is not a number", e);
                }
            }
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        bySeries.forEach((id, points) -> series.put(
                id, points.values().stream().mapToDouble(Double::doubleValue).toArray()));
        return series;
    }

    static void run(
            Map<String, double[]> series, int horizon, int origins, int season, PrintStream out, PrintStream progress) {
        List<double[]> usable = new ArrayList<>();
        int tooShort = 0;
        int constant = 0;
        for (double[] y : series.values()) {
            int firstOrigin = y.length - origins * horizon;
            if (firstOrigin < season + 2) {
                tooShort++;
            } else if (constantBefore(y, firstOrigin)) {
                constant++;
            } else {
                usable.add(y);
            }
        }
        progress.printf(
                "%d series: %d evaluated, %d too short, %d constant before the first origin%n",
                series.size(), usable.size(), tooShort, constant);
        Map<String, ForecastMetrics> results = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (Forecaster method : methods()) {
            long started = System.nanoTime();
            ForecastMetrics metrics = evaluate(method, usable, horizon, origins, season, progress);
            results.put(method.name(), metrics);
            seconds.put(method.name(), (System.nanoTime() - started) / 1e9);
        }
        results.forEach((name, m) -> out.printf(
                Locale.ROOT,
                "result method=%s series=%d rmsse=%.4f mase=%.4f wape=%.4f pinball90=%.4f seconds=%.1f%n",
                name,
                m.series(),
                m.rmsse(),
                m.mase(),
                m.wape(),
                m.pinball90(),
                seconds.get(name)));
        double snaive = results.get("snaive").rmsse();
        out.printf(
                Locale.ROOT,
                "result summary rmsse_ratio_vs_snaive=%.4f skipped_short=%d skipped_constant=%d%n",
                snaive == 0 ? 0 : results.get("grassroots").rmsse() / snaive,
                tooShort,
                constant);
    }

    /** One method over every usable series; series are forecast in parallel, then added in order. */
    static ForecastMetrics evaluate(
            Forecaster method, List<double[]> series, int horizon, int origins, int season, PrintStream progress) {
        double[][][] forecasts = new double[series.size()][][];
        AtomicInteger done = new AtomicInteger();
        java.util.stream.IntStream.range(0, series.size()).parallel().forEach(i -> {
            forecasts[i] = Backtest.rollingOrigin(method, series.get(i), horizon, origins, season);
            int d = done.incrementAndGet();
            if (d % 1000 == 0) {
                progress.printf("  %s: %d of %d series%n", method.name(), d, series.size());
            }
        });
        ForecastMetrics metrics = new ForecastMetrics();
        for (int i = 0; i < series.size(); i++) {
            double[] y = series.get(i);
            int firstOrigin = y.length - origins * horizon;
            metrics.add(
                    java.util.Arrays.copyOf(y, firstOrigin),
                    java.util.Arrays.copyOfRange(y, firstOrigin, y.length),
                    forecasts[i][0],
                    forecasts[i][1]);
        }
        progress.printf("  %s done%n", method.name());
        return metrics;
    }

    private static boolean constantBefore(double[] y, int end) {
        for (int t = 1; t < end; t++) {
            if (y[t] != y[0]) {
                return false;
            }
        }
        return true;
    }
}
