package org.grassroots.delivery.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A vehicle routing problem with time windows in Solomon's text format: a name, the fleet's size and
 * capacity, then one row per customer (the depot first) with coordinates, demand, ready time, due
 * date and service time.
 */
public record SolomonInstance(String name, int vehicles, int capacity, List<Customer> customers) {

    public SolomonInstance {
        customers = List.copyOf(customers);
    }

    /** Row 0 is the depot: its due date ends every route. */
    public record Customer(int id, double x, double y, int demand, double ready, double due, double service) {}

    public Customer depot() {
        return customers.get(0);
    }

    public double distance(int from, int to) {
        Customer a = customers.get(from);
        Customer b = customers.get(to);
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /** Ticks per distance unit when solving: the solver counts in whole ticks, the validator in doubles. */
    static final double TICKS_PER_UNIT = 1_000_000;

    /** The instance as a plan for the solver: the whole fleet, one stop per customer, time equal to distance. */
    public RoutePlan toPlan(RoutePlan.Objective objective) {
        double[] x = customers.stream().mapToDouble(Customer::x).toArray();
        double[] y = customers.stream().mapToDouble(Customer::y).toArray();
        TravelMatrix travel = TravelMatrix.euclidean(x, y, TICKS_PER_UNIT);
        List<Vehicle> fleet = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            fleet.add(new Vehicle(
                    "v" + (v + 1),
                    VehicleKind.VAN,
                    capacity,
                    capacity,
                    Long.MAX_VALUE,
                    ticks(depot().ready()),
                    ticks(depot().due()),
                    travel));
        }
        List<Stop> stops = customers.stream()
                .skip(1)
                .map(c -> new Stop(
                        String.valueOf(c.id()),
                        c.id(),
                        c.demand(),
                        ticks(c.ready()),
                        ticks(c.due()),
                        ticks(c.service())))
                .toList();
        return new RoutePlan(fleet, new ArrayList<>(stops), objective);
    }

    /** The customer ids of each vehicle's route in a solved plan. */
    public static List<List<Integer>> routes(RoutePlan plan) {
        return plan.getVehicles().stream()
                .map(v -> v.getStops().stream()
                        .map(s -> Integer.valueOf(s.getId()))
                        .toList())
                .toList();
    }

    private static long ticks(double value) {
        return Math.round(value * TICKS_PER_UNIT);
    }

    public static SolomonInstance read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            return parse(reader.lines().toList(), file.getFileName().toString());
        }
    }

    /**
     * Parses the format; customer rows must be numbered 0, 1, 2… in order.
     *
     * @throws IllegalArgumentException naming the line when the text is not a Solomon instance
     */
    public static SolomonInstance parse(List<String> lines, String source) {
        String name = null;
        Integer vehicles = null;
        Integer capacity = null;
        List<Customer> customers = new ArrayList<>();
        boolean vehicleNext = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (name == null) {
                name = line;
            } else if (line.startsWith("NUMBER")) {
                vehicleNext = true;
            } else if (vehicleNext) {
                vehicles = integer(f, 0, source, i);
                capacity = integer(f, 1, source, i);
                vehicleNext = false;
            } else if (Character.isDigit(f[0].charAt(0))) {
                if (f.length < 7) {
                    throw new IllegalArgumentException(
                            source + " line " + (i + 1) + ": a customer row needs 7 numbers, found " + f.length);
                }
                int id = integer(f, 0, source, i);
                if (id != customers.size()) {
                    throw new IllegalArgumentException(
                            source + " line " + (i + 1) + ": expected customer " + customers.size() + ", found " + id);
                }
                customers.add(new Customer(
                        id,
                        number(f, 1, source, i),
                        number(f, 2, source, i),
                        integer(f, 3, source, i),
                        number(f, 4, source, i),
                        number(f, 5, source, i),
                        number(f, 6, source, i)));
            }
        }
        if (vehicles == null || capacity == null) {
            throw new IllegalArgumentException(source + ": no VEHICLE NUMBER and CAPACITY section");
        }
        if (customers.size() < 2) {
            throw new IllegalArgumentException(source + ": needs a depot and at least one customer");
        }
        return new SolomonInstance(name, vehicles, capacity, customers);
    }

    private static int integer(String[] f, int column, String source, int line) {
        double value = number(f, column, source, line);
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(
                    source + " line " + (line + 1) + ": column " + (column + 1) + " must be a whole number");
        }
        return (int) value;
    }

    private static double number(String[] f, int column, String source, int line) {
        if (column >= f.length) {
            throw new IllegalArgumentException(source + " line " + (line + 1) + ": missing column " + (column + 1));
        }
        try {
            return Double.parseDouble(f[column]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    source + " line " + (line + 1) + ": column " + (column + 1) + " is not a number: " + f[column]);
        }
    }
}
