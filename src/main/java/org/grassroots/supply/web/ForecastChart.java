package org.grassroots.supply.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.supply.application.Planning;

/**
 * The coordinates of one product's forecast chart, drawn as inline SVG by the template: a bar per
 * week of history (held-out weeks outlined, with the value the forecast used marked), then the next
 * cycles' p50 line inside a band up to p90, and the planned quantity.
 */
record ForecastChart(
        int width,
        int height,
        List<Bar> bars,
        String band,
        String median,
        List<Dot> plan,
        List<Tick> ticks,
        List<Gridline> grid,
        double todayX,
        String summary) {

    static final int WIDTH = 640;
    static final int HEIGHT = 180;
    private static final int LEFT = 44;
    private static final int RIGHT = 8;
    private static final int TOP = 10;
    private static final int BOTTOM = 22;

    /** A week of history: the bar of what was ordered; for a held-out week, where the value used sits. */
    record Bar(double x, double y, double width, double height, boolean heldOut, double usedY, String title) {}

    record Dot(double x, double y, String title) {}

    record Tick(double x, String label) {}

    record Gridline(double y, String label) {}

    static ForecastChart of(Planning.ProductPlan plan, int serviceLevel) {
        List<Planning.HistoryPoint> history = plan.history();
        List<Planning.ForecastPoint> forecast = plan.forecast();
        int slots = history.size() + forecast.size();
        double slot = (WIDTH - LEFT - RIGHT) / (double) slots;
        double max = niceCeiling(plan.maximum());
        double plotHeight = HEIGHT - TOP - BOTTOM;
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
        java.util.function.DoubleUnaryOperator yOf = v -> TOP + plotHeight * (1 - v / max);

        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Planning.HistoryPoint p = history.get(i);
            double top = yOf.applyAsDouble(p.ordered());
            bars.add(new Bar(
                    LEFT + i * slot + slot * 0.15,
                    top,
                    slot * 0.7,
                    TOP + plotHeight - top,
                    p.heldOut(),
                    yOf.applyAsDouble(p.used()),
                    "Week of " + day.format(p.week()) + ": " + amount(p.ordered()) + " " + plan.unit() + " ordered"
                            + (p.heldOut() ? "; held out, forecast used " + amount(p.used()) : "")));
        }
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        StringBuilder median = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (int h = 0; h < forecast.size(); h++) {
            Planning.ForecastPoint p = forecast.get(h);
            double x = LEFT + (history.size() + h + 0.5) * slot;
            upper.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yOf.applyAsDouble(p.p90())));
            lower.insert(0, String.format(Locale.ROOT, "%.1f,%.1f ", x, yOf.applyAsDouble(p.p50())));
            median.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yOf.applyAsDouble(p.p50())));
            dots.add(new Dot(
                    x,
                    yOf.applyAsDouble(p.plan()),
                    "Week of " + day.format(p.week()) + ": median " + amount(p.p50()) + ", 90th percentile "
                            + amount(p.p90()) + ", plan for " + serviceLevel + " %: " + amount(p.plan()) + " "
                            + plan.unit()));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < slots; i += 4) {
            LocalDate week = i < history.size()
                    ? history.get(i).week()
                    : forecast.get(i - history.size()).week();
            ticks.add(new Tick(LEFT + (i + 0.5) * slot, day.format(week)));
        }
        List<Gridline> grid = new ArrayList<>();
        for (int g = 0; g <= 4; g++) {
            double v = max * g / 4;
            grid.add(new Gridline(yOf.applyAsDouble(v), amount(v)));
        }
        Planning.ForecastPoint next = forecast.get(0);
        String summary = plan.name() + ": " + history.size() + " weeks of orders, then a forecast for the next "
                + forecast.size() + " cycles; this week median " + amount(next.p50()) + " " + plan.unit()
                + ", 90th percentile " + amount(next.p90()) + ".";
        return new ForecastChart(
                WIDTH,
                HEIGHT,
                bars,
                upper.toString() + lower,
                median.toString().strip(),
                dots,
                ticks,
                grid,
                LEFT + history.size() * slot,
                summary);
    }

    /** 1, 2 or 5 times a power of ten, at or above the value (and at least 1). */
    static double niceCeiling(double value) {
        double v = Math.max(value, 1);
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= v) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** One decimal below 100, none above or when whole: 4.2, 25, 1,250. */
    static String amount(double value) {
        boolean whole = Math.abs(value - Math.rint(value)) < 0.05;
        return value >= 100 || whole
                ? String.format(Locale.UK, "%,.0f", value)
                : String.format(Locale.UK, "%.1f", value);
    }
}
