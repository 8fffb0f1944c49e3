package org.grassroots.delivery.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a solution to a Solomon instance from first principles, in double precision, without the
 * solver or its score: capacity, every customer's time window, the depot's closing time, the fleet
 * size, and every customer served exactly once.
 */
public final class FeasibilityValidator {

    private static final double EPSILON = 1e-9;

    private FeasibilityValidator() {}

    /** What the check found: the violations (empty when feasible), the routes used and their length. */
    public record Result(List<String> violations, int vehicles, double distance) {

        public boolean feasible() {
            return violations.isEmpty();
        }
    }

    /** @param routes customer ids per vehicle, depot excluded; empty routes are not counted */
    public static Result check(SolomonInstance instance, List<List<Integer>> routes) {
        List<String> violations = new ArrayList<>();
        int customers = instance.customers().size();
        int[] visits = new int[customers];
        int used = 0;
        double total = 0;
        for (int r = 0; r < routes.size(); r++) {
            List<Integer> route = routes.get(r);
            if (route.isEmpty()) {
                continue;
            }
            used++;
            double time = instance.depot().ready();
            int load = 0;
            int at = 0;
            for (int id : route) {
                if (id <= 0 || id >= customers) {
                    violations.add("route " + (r + 1) + " visits unknown customer " + id);
                    continue;
                }
                visits[id]++;
                SolomonInstance.Customer c = instance.customers().get(id);
                double leg = instance.distance(at, id);
                total += leg;
                time += leg;
                if (time > c.due() + EPSILON) {
                    violations.add("route %d reaches customer %d at %.4f after its due time %.4f"
                            .formatted(r + 1, id, time, c.due()));
                }
                time = Math.max(time, c.ready()) + c.service();
                load += c.demand();
                at = id;
            }
            double back = instance.distance(at, 0);
            total += back;
            time += back;
            if (time > instance.depot().due() + EPSILON) {
                violations.add("route %d returns to the depot at %.4f after it closes at %.4f"
                        .formatted(r + 1, time, instance.depot().due()));
            }
            if (load > instance.capacity()) {
                violations.add("route %d carries %d, over the capacity %d".formatted(r + 1, load, instance.capacity()));
            }
        }
        for (int id = 1; id < customers; id++) {
            if (visits[id] == 0) {
                violations.add("customer " + id + " is not served");
            } else if (visits[id] > 1) {
                violations.add("customer " + id + " is served " + visits[id] + " times");
            }
        }
        if (used > instance.vehicles()) {
            violations.add("uses " + used + " vehicles, the fleet has " + instance.vehicles());
        }
        return new Result(List.copyOf(violations), used, total);
    }
}
