package org.grassroots.supply.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.ProductId;
import org.grassroots.common.UserId;
import org.grassroots.platform.FormValues;
import org.grassroots.supply.domain.AnomalyGuard;
import org.grassroots.supply.domain.Combination;
import org.grassroots.supply.domain.Forecast;
import org.grassroots.supply.domain.Forecaster;
import org.grassroots.supply.persistence.AnomalyStore;
import org.grassroots.supply.persistence.AnomalyStore.Status;
import org.grassroots.supply.persistence.DemandStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A producer's plan: for each product, weekly demand, the anomaly guard's flags and the decisions
 * on them, and a forecast of the next cycles with the quantity to harvest for a service level.
 *
 * <p>Each week's demand is the sum over every hub of the cycles that close that week, in the
 * product's pricing unit. History holds closed cycles only; the first week with a cycle still open
 * is the first week forecast. Flagged weeks are held out, replaced by what history expected,
 * until a person confirms them (then they count as they are) or rejects them (then they stay out).
 * Orders that repeat one the same household placed in the same cycle (the same quantity of the same
 * pack) are flagged too, however small: a double submission that volume alone would not show.
 */
@Service
public class Planning {

    /** Forecast this many cycles ahead. */
    public static final int HORIZON = 4;

    /** Weeks of history read, at most; charts show the last {@link #CHART_WEEKS}. */
    static final int HISTORY_WEEKS = 104;

    public static final int CHART_WEEKS = 16;

    /** Service levels a producer can plan for, with the standard normal quantile of each. */
    public static final Map<Integer, Double> SERVICE_LEVELS = Map.of(
            50, 0.0,
            80, 0.8416,
            90, 1.2816,
            95, 1.6449,
            98, 2.0537,
            99, 2.3263);

    /** The kind of flag for orders that repeat another one: a double submission until a person says otherwise. */
    static final String DUPLICATE = "DUPLICATE";

    /** The service level typed (a key of {@link #SERVICE_LEVELS}), or null if it is not one of them. */
    public static Integer serviceLevel(String typed) {
        Integer level = FormValues.integer(typed);
        return level != null && SERVICE_LEVELS.containsKey(level) ? level : null;
    }

    /** Weekly demand has a yearly season; with less than two years the forecasters leave it out. */
    private static final int SEASON = 52;

    /** A product's week of history: what was ordered, and what the forecast used. */
    public record HistoryPoint(LocalDate week, double ordered, double used, boolean heldOut) {}

    /**
     * A forecast week: the median, the 90th percentile, and the quantity that covers demand in
     * {@code serviceLevel} % of weeks (normal between the two quantiles).
     */
    public record ForecastPoint(LocalDate week, double p50, double p90, double plan) {}

    public record ProductPlan(
            ProductId product,
            String name,
            String unit,
            List<HistoryPoint> history,
            List<ForecastPoint> forecast,
            double totalOrdered) {

        public double maximum() {
            double max = 0;
            for (HistoryPoint p : history) {
                max = Math.max(max, Math.max(p.ordered(), p.used()));
            }
            for (ForecastPoint p : forecast) {
                max = Math.max(max, Math.max(p.p90(), p.plan()));
            }
            return max;
        }
    }

    /** A flag as the producer sees it. */
    public record Anomaly(
            long id,
            ProductId product,
            String productName,
            String unit,
            String kind,
            LocalDate firstWeek,
            int weeks,
            double observed,
            double expected,
            int repeatOrders,
            Status status,
            Instant decidedAt) {

        public boolean pending() {
            return status == Status.PENDING;
        }

        /** The observed demand as a multiple of the expected. */
        public double ratio() {
            return expected > 0 ? observed / expected : 0;
        }
    }

    public record Plan(int serviceLevel, List<Anomaly> anomalies, List<ProductPlan> products) {

        public List<Anomaly> pending() {
            return anomalies.stream().filter(Anomaly::pending).toList();
        }

        public List<Anomaly> decided() {
            return anomalies.stream().filter(a -> !a.pending()).toList();
        }
    }

    private final DemandStore demand;
    private final AnomalyStore anomalies;
    private final CatalogApi catalog;
    private final Clock clock;
    private final Forecaster forecaster = Combination.standard();

    Planning(DemandStore demand, AnomalyStore anomalies, CatalogApi catalog, Clock clock) {
        this.demand = demand;
        this.anomalies = anomalies;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * The producer's plan at a service level (a key of {@link #SERVICE_LEVELS}). Runs the anomaly
     * guard over each product's history first and stores any new flag.
     */
    @Transactional
    public Plan plan(EnterpriseId producer, int serviceLevel) {
        Double z = SERVICE_LEVELS.get(serviceLevel);
        if (z == null) {
            throw new IllegalArgumentException("serviceLevel must be one of " + new TreeMap<>(SERVICE_LEVELS).keySet());
        }
        Map<ProductId, String> names = catalog.variantsOf(producer).stream()
                .collect(Collectors.toMap(Variant::productId, Variant::productName, (a, b) -> a));
        List<DemandStore.Week> closed = demand.weekly(producer, clock.instant());
        LocalDate thisWeek = firstOpenWeek(closed);
        Map<ProductId, List<DemandStore.Week>> weeksByProduct = closed.stream()
                .filter(w -> !w.week().isBefore(thisWeek.minusWeeks(HISTORY_WEEKS)))
                .collect(Collectors.groupingBy(DemandStore.Week::product, LinkedHashMap::new, Collectors.toList()));
        Map<ProductId, List<AnomalyStore.Row>> flags = byProduct(anomalies.ofProducer(producer));
        Map<ProductId, Weekly> series = new LinkedHashMap<>();
        boolean flagged = false;
        for (Map.Entry<ProductId, List<DemandStore.Week>> entry : weeksByProduct.entrySet()) {
            ProductId product = entry.getKey();
            List<AnomalyStore.Row> known = flags.getOrDefault(product, List.of());
            Weekly weekly = Weekly.of(entry.getValue(), thisWeek, known);
            series.put(product, weekly);
            Set<Integer> guarded = new HashSet<>();
            for (AnomalyGuard.Flag flag : weekly.guard().flags()) {
                LocalDate week = weekly.first().plusWeeks(flag.start());
                for (int t = flag.start(); t < flag.start() + flag.length(); t++) {
                    guarded.add(t);
                }
                if (known.stream().noneMatch(k -> k.covers(week))) {
                    anomalies.flag(
                            producer,
                            product,
                            week,
                            flag.length(),
                            flag.kind().name(),
                            flag.observed(),
                            flag.expected(),
                            weekly.repeats(flag.start(), flag.length()));
                    flagged = true;
                }
            }
            for (int t = 0; t < weekly.demand().length; t++) {
                LocalDate week = weekly.first().plusWeeks(t);
                if (weekly.repeated()[t] > 0
                        && !guarded.contains(t)
                        && known.stream().noneMatch(k -> k.covers(week))) {
                    anomalies.flag(
                            producer,
                            product,
                            week,
                            1,
                            DUPLICATE,
                            weekly.demand()[t],
                            weekly.demand()[t] - weekly.repeatedAmount()[t],
                            weekly.repeated()[t]);
                    flagged = true;
                }
            }
        }
        if (flagged) {
            flags = byProduct(anomalies.ofProducer(producer));
        }
        List<ProductPlan> forecasts = new ArrayList<>();
        for (Map.Entry<ProductId, Weekly> entry : series.entrySet()) {
            ProductId product = entry.getKey();
            forecasts.add(forecast(
                    product,
                    names.getOrDefault(product, "Product " + product.value()),
                    entry.getValue(),
                    flags.getOrDefault(product, List.of()),
                    thisWeek,
                    z));
        }
        forecasts.sort(Comparator.comparingDouble(ProductPlan::totalOrdered).reversed());
        List<Anomaly> all = new ArrayList<>();
        flags.values()
                .forEach(rows -> rows.forEach(r -> all.add(new Anomaly(
                        r.id(),
                        r.product(),
                        names.getOrDefault(r.product(), "Product " + r.product().value()),
                        series.containsKey(r.product())
                                ? series.get(r.product()).unit()
                                : "",
                        r.kind(),
                        r.firstWeek(),
                        r.weeks(),
                        r.observed(),
                        r.expected(),
                        r.repeatOrders(),
                        r.status(),
                        r.decidedAt()))));
        all.sort(Comparator.comparing(Anomaly::firstWeek).reversed());
        return new Plan(serviceLevel, all, forecasts);
    }

    /** Confirms a pending flag as real demand, or rejects it as a glitch; false if there is no such pending flag. */
    @Transactional
    public boolean decide(EnterpriseId producer, long anomaly, boolean real, UserId by) {
        return anomalies.decide(producer, anomaly, real ? Status.CONFIRMED : Status.REJECTED, by, clock.instant());
    }

    private ProductPlan forecast(
            ProductId product, String name, Weekly weekly, List<AnomalyStore.Row> known, LocalDate thisWeek, double z) {
        double[] y = weekly.demand();
        int n = y.length;
        Set<Integer> heldOut = covered(known, weekly.first(), n, Status.PENDING);
        heldOut.addAll(covered(known, weekly.first(), n, Status.REJECTED));
        double[] used = y.clone();
        for (int t : heldOut) {
            used[t] = weekly.guard().expected()[t];
        }
        for (AnomalyStore.Row r : known) {
            int t = (int) ChronoUnit.WEEKS.between(weekly.first(), r.firstWeek());
            if (r.kind().equals(DUPLICATE) && r.status() != Status.CONFIRMED && t >= 0 && t < n) {
                used[t] = r.expected(); // the week without its repeated orders
            }
        }
        Forecast f = forecaster.forecast(used, HORIZON, SEASON);
        List<ForecastPoint> points = new ArrayList<>();
        for (int h = 0; h < HORIZON; h++) {
            double sigma = (f.p90()[h] - f.p50()[h]) / SERVICE_LEVELS.get(90);
            points.add(new ForecastPoint(
                    thisWeek.plusWeeks(h), f.p50()[h], f.p90()[h], harvest(f.p50()[h] + z * sigma, weekly.unit())));
        }
        List<HistoryPoint> history = new ArrayList<>();
        for (int t = Math.max(0, n - CHART_WEEKS); t < n; t++) {
            history.add(new HistoryPoint(weekly.first().plusWeeks(t), y[t], used[t], heldOut.contains(t)));
        }
        return new ProductPlan(product, name, weekly.unit(), history, points, weekly.total());
    }

    /**
     * A product's weekly demand from its first week with orders up to last week (weeks without
     * orders are zero), the orders repeating another in each week, and the guard's reading of it
     * with the confirmed weeks taken as real.
     */
    private record Weekly(
            LocalDate first,
            double[] demand,
            int[] repeated,
            double[] repeatedAmount,
            String unit,
            AnomalyGuard.Result guard) {

        static Weekly of(List<DemandStore.Week> weeks, LocalDate thisWeek, List<AnomalyStore.Row> known) {
            LocalDate first = weeks.get(0).week();
            int n = (int) ChronoUnit.WEEKS.between(first, thisWeek);
            double[] y = new double[n];
            int[] repeated = new int[n];
            double[] repeatedAmount = new double[n];
            for (DemandStore.Week w : weeks) {
                int t = (int) ChronoUnit.WEEKS.between(first, w.week());
                y[t] = w.amount();
                repeated[t] = w.repeatOrders();
                repeatedAmount[t] = w.repeatedAmount();
            }
            AnomalyGuard.Result guard = AnomalyGuard.detect(y, SEASON, covered(known, first, n, Status.CONFIRMED));
            return new Weekly(
                    first, y, repeated, repeatedAmount, unitLabel(weeks.get(0).unit()), guard);
        }

        int repeats(int from, int length) {
            int sum = 0;
            for (int t = from; t < from + length; t++) {
                sum += repeated[t];
            }
            return sum;
        }

        double total() {
            double sum = 0;
            for (double v : demand) {
                sum += v;
            }
            return sum;
        }
    }

    /**
     * The first week whose cycles are not all closed: this week, or next week once a cycle of this
     * week has closed (weekly cycles often close mid-week), or later if a cycle closed early.
     */
    private LocalDate firstOpenWeek(List<DemandStore.Week> closed) {
        LocalDate open = DemandHistory.weekOf(LocalDate.now(clock));
        for (DemandStore.Week w : closed) {
            if (!w.week().isBefore(open)) {
                open = w.week().plusWeeks(1);
            }
        }
        return open;
    }

    /** The indices of the weeks that flags with the status cover. */
    private static Set<Integer> covered(List<AnomalyStore.Row> rows, LocalDate first, int n, Status status) {
        Set<Integer> indices = new HashSet<>();
        for (AnomalyStore.Row r : rows) {
            if (r.status() == status) {
                int start = (int) ChronoUnit.WEEKS.between(first, r.firstWeek());
                for (int t = Math.max(0, start); t < Math.min(n, start + r.weeks()); t++) {
                    indices.add(t);
                }
            }
        }
        return indices;
    }

    /** The amount to harvest or make for a demand quantile: never negative, and whole when counted in items. */
    static double harvest(double quantile, String unit) {
        double amount = Math.max(0, quantile);
        return unit.equals("items") ? Math.ceil(amount - 1e-9) : amount;
    }

    /** Pricing units as amounts read: kg, L, items. */
    private static String unitLabel(String pricingUnit) {
        return pricingUnit.equals("item") ? "items" : pricingUnit;
    }

    private static Map<ProductId, List<AnomalyStore.Row>> byProduct(List<AnomalyStore.Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(AnomalyStore.Row::product));
    }
}
