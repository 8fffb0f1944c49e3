package org.grassroots.supply.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.common.Money;
import org.grassroots.supply.WasteKind;
import org.grassroots.supply.application.WasteLog;

/** The waste report's weekly stacked bars (value by kind), as coordinates for inline SVG. */
record WasteChart(int width, int height, List<Segment> segments, List<Label> labels, String summary) {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 160;
    private static final int LEFT = 8;
    private static final int TOP = 10;
    private static final int BOTTOM = 22;

    record Segment(double x, double y, double width, double height, String kind, String title) {}

    record Label(double x, String text) {}

    static WasteChart of(WasteLog.Report report) {
        List<WasteLog.Week> weeks = report.weeks();
        double slot = (WIDTH - 2 * LEFT) / (double) weeks.size();
        double max = Math.max(1, ForecastChart.niceCeiling(report.maximum()));
        double plot = HEIGHT - TOP - BOTTOM;
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
        List<Segment> segments = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            WasteLog.Week week = weeks.get(i);
            double base = TOP + plot;
            for (WasteKind kind : WasteKind.values()) {
                long value = week.valueMinor().get(kind);
                if (value > 0) {
                    double h = plot * value / max;
                    base -= h;
                    segments.add(new Segment(
                            LEFT + i * slot + slot * 0.15,
                            base,
                            slot * 0.7,
                            h,
                            kind.name(),
                            "Week of " + day.format(week.week()) + ": "
                                    + kind.name().toLowerCase(Locale.ROOT) + " " + money(value, report.currency())));
                }
            }
            if (i % 2 == 0) {
                labels.add(new Label(LEFT + (i + 0.5) * slot, day.format(week.week())));
            }
        }
        long total = weeks.stream().mapToLong(WasteLog.Week::total).sum();
        return new WasteChart(
                WIDTH,
                HEIGHT,
                segments,
                labels,
                report.entries().isEmpty()
                        ? "No waste recorded over the last " + weeks.size() + " weeks."
                        : "Waste by week over " + weeks.size() + " weeks, by value: " + money(total, report.currency())
                                + " in all.");
    }

    private static String money(long minor, String currency) {
        return Money.of(minor, currency).format(Locale.UK);
    }
}
