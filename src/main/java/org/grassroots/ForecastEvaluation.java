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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.grassroots.supply.domain.Backtest;
import org.grassroots.supply.domain.Baselines;
import org.grassroots.supply.domain.Combination;
import org.grassroots.supply.domain.Ets;
import org.grassroots.supply.domain.Forecast;
import org.grassroots.supply.domain.ForecastMetrics;
import org.grassroots.supply.domain.Forecaster;
import org.grassroots.supply.domain.PromotionAdjusted;
import org.grassroots.supply.domain.TopDown;
import org.grassroots.supply.domain.Tsb;

/**
 * {@code eval forecast}: rolling-origin evaluation of the forecasters on long-format demand data
 * ({@code series_id,date,quantity[,…]}, optionally gzipped).
 */
final class ForecastEvaluation {

    private ForecastEvaluation() {}

    /**
     * A method, and whether it uses what the data offers beyond each series: the promotion columns,
     * or the group total when every series shares the same dates.
     */
    record Method(Forecaster forecaster, boolean usesContext) {}

    static List<Method> methods() {
        return List.of(
                new Method(Baselines.naive(), false),
                new Method(Baselines.seasonalNaive(), false),
                new Method(new Ets(), false),
                new Method(new Tsb(), false),
                new Method(Combination.standard(), true));
    }

    /**
     * One series in date order; {@code promotions} holds each week's promotion code (feature + 2 ×
     * display + 4 × temporary price reduction) when the file has those columns, else null.
     */
    record Series(double[] quantities, int[] promotions, String firstDate, String lastDate) {}

    /** Each series in date order (ISO dates sort as text). */
    static Map<String, Series> read(Path file) throws IOException {
        Map<String, TreeMap<String, double[]>> bySeries = new LinkedHashMap<>();
        boolean promotions;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = lines.readLine();
            if (header == null || !header.startsWith("series_id,date,quantity")) {
                throw new IllegalArgumentException(
                        file + ": expected a header starting series_id,date,quantity, found " + header);
            }
            List<String> columns = List.of(header.split(","));
            int feature = columns.indexOf("feature");
            int display = columns.indexOf("display");
            int tpr = columns.indexOf("tpr_only");
            promotions = feature > 0 && display > 0 && tpr > 0;
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                // the series id may contain commas only if quoted; these files never quote
                String[] cells = line.split(",", -1);
                if (cells.length < 3) {
                    throw new IllegalArgumentException(file + " line " + number + ": expected series_id,date,quantity");
                }
                try {
                    double code =
                            promotions ? flag(cells, feature) + 2 * flag(cells, display) + 4 * flag(cells, tpr) : 0;
                    bySeries.computeIfAbsent(cells[0], k -> new TreeMap<>())
                            .put(cells[1], new double[] {Double.parseDouble(cells[2]), code});
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": quantity is not a number", e);
                }
            }
        }
        Map<String, Series> series = new LinkedHashMap<>();
        bySeries.forEach((id, points) -> series.put(
                id,
                new Series(
                        points.values().stream().mapToDouble(p -> p[0]).toArray(),
                        promotions
                                ? points.values().stream()
                                        .mapToInt(p -> (int) p[1])
                                        .toArray()
                                : null,
                        points.firstKey(),
                        points.lastKey())));
        return series;
    }

    private static int flag(String[] cells, int column) {
        return column < cells.length && cells[column].strip().equals("1") ? 1 : 0;
    }

    static void run(
            Map<String, Series> series, int horizon, int origins, int season, PrintStream out, PrintStream progress) {
        List<Series> usable = new ArrayList<>();
        int tooShort = 0;
        int constant = 0;
        for (Series one : series.values()) {
            double[] y = one.quantities();
            int firstOrigin = y.length - origins * horizon;
            if (firstOrigin < season + 2) {
                tooShort++;
            } else if (constantBefore(y, firstOrigin)) {
                constant++;
            } else {
                usable.add(one);
            }
        }
        boolean promotions = !usable.isEmpty() && usable.get(0).promotions() != null;
        List<double[]> quantities = usable.stream().map(Series::quantities).toList();
        double[] groupTotal = promotions ? null : groupTotal(usable);
        progress.printf(
                "%d series: %d evaluated, %d too short, %d constant before the first origin%s%n",
                series.size(),
                usable.size(),
                tooShort,
                constant,
                promotions
                        ? "; grassroots uses the promotion columns"
                        : groupTotal != null ? "; the series share their dates: grassroots uses their total" : "");
        PromotionAdjusted promotion = promotions
                ? PromotionAdjusted.learn(
                        quantities.stream()
                                .map(y -> Arrays.copyOf(y, y.length - origins * horizon))
                                .toList(),
                        usable.stream().map(Series::promotions).toList())
                : null;
        Map<String, ForecastMetrics> results = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (Method m : methods()) {
            Forecaster method = m.forecaster();
            long started = System.nanoTime();
            List<Forecaster> perSeries;
            if (m.usesContext() && promotion != null) {
                perSeries = usable.stream()
                        .map(one -> promotion.forSeries(method, one.promotions()))
                        .toList();
            } else if (m.usesContext() && groupTotal != null) {
                perSeries = Collections.nCopies(usable.size(), Combination.inGroup(groupTotal));
            } else {
                perSeries = Collections.nCopies(usable.size(), method);
            }
            ForecastMetrics metrics =
                    evaluate(method.name(), perSeries, quantities, horizon, origins, season, progress);
            results.put(method.name(), metrics);
            seconds.put(method.name(), (System.nanoTime() - started) / 1e9);
        }
        // Not forecasts: what parts of the future, known exactly, would give.
        Map<String, List<Forecaster>> bounds = new LinkedHashMap<>();
        bounds.put(
                "each series' actual mean over all the evaluated points, forecast flat,",
                quantities.stream()
                        .map(y -> (Forecaster) new KnownMean(y, y.length - origins * horizon))
                        .toList());
        if (groupTotal != null) {
            bounds.put(
                    "top-down shares times the group's actual future total",
                    Collections.nCopies(usable.size(), new TopDown(groupTotal, new KnownFuture(groupTotal))));
            bounds.put(
                    "each series' actual totals per horizon, spread over the days like the group's actual total,",
                    quantities.stream()
                            .map(y -> (Forecaster) new KnownHorizonTotal(y, groupTotal))
                            .toList());
        }
        bounds.forEach((what, perSeries) -> {
            ForecastMetrics bound =
                    evaluate("hindsight bound", perSeries, quantities, horizon, origins, season, progress);
            progress.printf(
                    Locale.ROOT,
                    "hindsight bound (not a forecast): %s give rmsse=%.4f, %.4f x snaive%n",
                    what,
                    bound.rmsse(),
                    bound.rmsse() / results.get("snaive").rmsse());
        });
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

    /**
     * Not a forecaster: "forecasts" the group total by reading its actual future, so that top-down
     * with it shows how far the shares alone would get if the total were known.
     */
    private record KnownFuture(double[] total) implements Forecaster {
        @Override
        public String name() {
            return "known-future";
        }

        @Override
        public Forecast forecast(double[] history, int horizon, int season) {
            double[] future = Arrays.copyOfRange(total, history.length, history.length + horizon);
            return new Forecast(future, future);
        }
    }

    /**
     * Not a forecaster: knows one series' mean over every evaluated point, from the first origin to the
     * end, and forecasts it flat at every origin. A forecast that knew only that, and no day-to-day or
     * week-to-week pattern, would score this.
     */
    private record KnownMean(double[] series, int firstOrigin) implements Forecaster {
        @Override
        public String name() {
            return "known-mean";
        }

        @Override
        public Forecast forecast(double[] history, int horizon, int season) {
            double mean =
                    Arrays.stream(series, firstOrigin, series.length).average().orElse(0);
            double[] future = new double[horizon];
            Arrays.fill(future, mean);
            return new Forecast(future, future);
        }
    }

    /**
     * Not a forecaster: knows how much one series will sell over the whole horizon and spreads it over the
     * horizon's days in proportion to the group's actual total on each day. What is left of its error is
     * the day-to-day noise of the series itself, which no forecast of levels and patterns can remove.
     */
    private record KnownHorizonTotal(double[] series, double[] total) implements Forecaster {
        @Override
        public String name() {
            return "known-horizon-total";
        }

        @Override
        public Forecast forecast(double[] history, int horizon, int season) {
            int from = history.length;
            double seriesSum = 0;
            double totalSum = 0;
            for (int t = from; t < from + horizon; t++) {
                seriesSum += series[t];
                totalSum += total[t];
            }
            double[] future = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                future[h] = totalSum == 0 ? seriesSum / horizon : seriesSum * total[from + h] / totalSum;
            }
            return new Forecast(future, future);
        }
    }

    /** One method (a forecaster per series) over every series; forecast in parallel, then added in order. */
    static ForecastMetrics evaluate(
            String name,
            List<Forecaster> methods,
            List<double[]> series,
            int horizon,
            int origins,
            int season,
            PrintStream progress) {
        double[][][] forecasts = new double[series.size()][][];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, series.size()).parallel().forEach(i -> {
            forecasts[i] = Backtest.rollingOrigin(methods.get(i), series.get(i), horizon, origins, season);
            int d = done.incrementAndGet();
            if (d % 1000 == 0) {
                progress.printf("  %s: %d of %d series%n", name, d, series.size());
            }
        });
        ForecastMetrics metrics = new ForecastMetrics();
        for (int i = 0; i < series.size(); i++) {
            double[] y = series.get(i);
            int firstOrigin = y.length - origins * horizon;
            metrics.add(
                    Arrays.copyOf(y, firstOrigin),
                    Arrays.copyOfRange(y, firstOrigin, y.length),
                    forecasts[i][0],
                    forecasts[i][1]);
        }
        progress.printf("  %s done%n", name);
        return metrics;
    }

    /** The sum of the series at each date, when they all cover the same dates; else null. */
    static double[] groupTotal(List<Series> series) {
        if (series.size() < 2) {
            return null;
        }
        Series first = series.get(0);
        for (Series one : series) {
            if (one.quantities().length != first.quantities().length
                    || !one.firstDate().equals(first.firstDate())
                    || !one.lastDate().equals(first.lastDate())) {
                return null;
            }
        }
        double[] total = new double[first.quantities().length];
        for (Series one : series) {
            for (int t = 0; t < total.length; t++) {
                total[t] += one.quantities()[t];
            }
        }
        return total;
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
