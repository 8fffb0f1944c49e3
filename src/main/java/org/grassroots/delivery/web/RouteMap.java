package org.grassroots.delivery.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.common.GeoPoint;
import org.grassroots.delivery.application.DeliveryPlan;

/**
 * A plan's routes as coordinates for inline SVG, with no tiles: the hub, each route in its own
 * colour (a drone's trips as dashed spokes from the hub), numbered stops, and unserved orders.
 */
record RouteMap(
        int width,
        int height,
        Point depot,
        List<Line> lines,
        List<Dot> dots,
        List<Point> unserved,
        List<Legend> legend,
        String summary) {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 440;
    private static final int MARGIN = 24;
    /** Okabe–Ito and Tableau colours that stay apart for colour-blind eyes and on paper. */
    static final List<String> COLOURS = List.of(
            "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F3C8D", "#3969AC", "#A0522D",
            "#11A579");

    record Point(double x, double y, String title) {}

    record Line(String points, String colour, boolean dashed) {}

    record Dot(double x, double y, String colour, int number, String title) {}

    record Legend(String name, String kind, String colour, int stops) {}

    static String colour(int route) {
        return COLOURS.get(route % COLOURS.size());
    }

    static RouteMap of(DeliveryPlan plan, ZoneId zone) {
        List<GeoPoint> all = new ArrayList<>();
        all.add(plan.depot());
        plan.routes().forEach(r -> r.stops().forEach(s -> all.add(s.order().location())));
        plan.unserved().forEach(u -> all.add(u.order().location()));
        Projection projection = Projection.fit(all);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(zone);
        Point depot = projection.point(plan.depot(), "Hub");
        List<Line> lines = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        List<Legend> legend = new ArrayList<>();
        for (int r = 0; r < plan.routes().size(); r++) {
            DeliveryPlan.Route route = plan.routes().get(r);
            String colour = colour(r);
            boolean drone = route.vehicle().kind().flies();
            StringBuilder path = new StringBuilder(depot.x() + "," + depot.y());
            for (DeliveryPlan.RouteStop stop : route.stops()) {
                Point p = projection.point(stop.order().location(), "");
                if (drone) {
                    lines.add(new Line(depot.x() + "," + depot.y() + " " + p.x() + "," + p.y(), colour, true));
                } else {
                    path.append(' ').append(p.x()).append(',').append(p.y());
                }
                dots.add(new Dot(
                        p.x(),
                        p.y(),
                        colour,
                        stop.position(),
                        route.vehicle().name() + " stop " + stop.position() + ": "
                                + stop.order().address() + ", " + time.format(stop.eta())));
            }
            if (!drone) {
                path.append(' ').append(depot.x()).append(',').append(depot.y());
                lines.add(new Line(path.toString(), colour, false));
            }
            legend.add(new Legend(
                    route.vehicle().name(),
                    route.vehicle().kind().name(),
                    colour,
                    route.stops().size()));
        }
        List<Point> unserved = plan.unserved().stream()
                .map(u -> projection.point(
                        u.order().location(), "Unserved: " + u.order().address()))
                .toList();
        String summary = "Map of " + plan.routes().size() + " routes from the hub with " + dots.size() + " stops"
                + (unserved.isEmpty() ? "" : " and " + unserved.size() + " unserved orders");
        return new RouteMap(WIDTH, HEIGHT, depot, lines, dots, unserved, legend, summary);
    }

    /** Equirectangular projection scaled to fit the box: fine for the few kilometres a hub delivers in. */
    private record Projection(double minLon, double maxLat, double lonScale, double scale, double dx, double dy) {

        static Projection fit(List<GeoPoint> points) {
            double minLat =
                    points.stream().mapToDouble(GeoPoint::latitude).min().orElse(0);
            double maxLat =
                    points.stream().mapToDouble(GeoPoint::latitude).max().orElse(0);
            double minLon =
                    points.stream().mapToDouble(GeoPoint::longitude).min().orElse(0);
            double maxLon =
                    points.stream().mapToDouble(GeoPoint::longitude).max().orElse(0);
            double lonScale = Math.cos(Math.toRadians((minLat + maxLat) / 2));
            double spanX = Math.max((maxLon - minLon) * lonScale, 1e-4);
            double spanY = Math.max(maxLat - minLat, 1e-4);
            double scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
            double dx = (WIDTH - spanX * scale) / 2;
            double dy = (HEIGHT - spanY * scale) / 2;
            return new Projection(minLon, maxLat, lonScale, scale, dx, dy);
        }

        Point point(GeoPoint p, String title) {
            double x = dx + (p.longitude() - minLon) * lonScale * scale;
            double y = dy + (maxLat - p.latitude()) * scale;
            return new Point(Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0, title);
        }
    }
}
