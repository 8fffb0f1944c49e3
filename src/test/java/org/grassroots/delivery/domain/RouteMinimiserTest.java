package org.grassroots.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteMinimiserTest {

    private static final TravelMatrix LINE = TravelMatrix.euclidean(new double[] {0, 10, 20}, new double[3], 1);

    @Test
    void takesVehiclesOffTheRoadAndKeepsEveryCustomerOnTime() throws Exception {
        SolomonInstance instance = firstCustomersOfC101(25);
        RoutePlan oneCustomerPerVehicle = oneStopPerVehicle(instance);
        oneCustomerPerVehicle.minimiseRoutesFor(Duration.ofSeconds(2));

        RoutePlan minimised = minimiseOnly(oneCustomerPerVehicle);

        FeasibilityValidator.Result result = FeasibilityValidator.check(instance, SolomonInstance.routes(minimised));
        assertThat(result.violations()).isEmpty();
        assertThat(minimised.unassigned()).isEmpty();
        // Solomon's best known for C101 with 25 customers: 3 vehicles
        assertThat(result.vehicles()).isEqualTo(3);
    }

    @Test
    void leavesThePlanAloneWithoutABudget() throws Exception {
        RoutePlan plan = oneStopPerVehicle(firstCustomersOfC101(25));

        RoutePlan untouched = minimiseOnly(plan);

        assertThat(untouched.getVehicles())
                .allSatisfy(v -> assertThat(v.getStops()).hasSize(1));
    }

    @Test
    void stopsAtTheFewestVehiclesThatCanCarryTheLoad() {
        RoutePlan plan = twoRoutes(
                new Vehicle("first", VehicleKind.VAN, 10, 10, Long.MAX_VALUE, 0, 1000, LINE),
                new Stop("a", 1, 6, 0, 1000, 0),
                new Vehicle("second", VehicleKind.VAN, 10, 10, Long.MAX_VALUE, 0, 1000, LINE),
                new Stop("b", 2, 6, 0, 1000, 0),
                Duration.ofSeconds(30));
        long start = System.nanoTime();

        RoutePlan minimised = minimiseOnly(plan);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(minimised.getVehicles())
                .allSatisfy(v -> assertThat(v.getStops()).hasSize(1));
    }

    @Test
    void neverMovesDroneTrips() {
        RoutePlan plan = twoRoutes(
                new Vehicle("drone", VehicleKind.DRONE, 5, 5, 100, 0, 1000, LINE),
                new Stop("near", 1, 1, 0, 1000, 0),
                new Vehicle("van", VehicleKind.VAN, 10, 10, Long.MAX_VALUE, 0, 1000, LINE),
                new Stop("far", 2, 1, 0, 1000, 0),
                Duration.ofMillis(200));

        RoutePlan minimised = minimiseOnly(plan);

        assertThat(minimised.getVehicles().get(0).getStops())
                .extracting(Stop::getId)
                .containsExactly("near");
        assertThat(minimised.getVehicles().get(1).getStops())
                .extracting(Stop::getId)
                .containsExactly("far");
    }

    /** Two vehicles on a line (depot at 0, stops at 10 and 20), each with one stop. */
    private static RoutePlan twoRoutes(Vehicle first, Stop a, Vehicle second, Stop b, Duration budget) {
        first.setStops(new ArrayList<>(List.of(a)));
        second.setStops(new ArrayList<>(List.of(b)));
        RoutePlan plan = new RoutePlan(List.of(first, second), List.of(a, b), RoutePlan.Objective.VEHICLES_FIRST);
        plan.minimiseRoutesFor(budget);
        return plan;
    }

    private static SolomonInstance firstCustomersOfC101(int customers) throws Exception {
        SolomonInstance c101 = SolomonInstance.read(Path.of("src/test/resources/delivery/solomon/C101.txt"));
        return new SolomonInstance(
                "C101." + customers,
                c101.vehicles(),
                c101.capacity(),
                c101.customers().subList(0, customers + 1));
    }

    /** A feasible start with as many routes as it can have: every Solomon customer is reachable alone. */
    private static RoutePlan oneStopPerVehicle(SolomonInstance instance) {
        RoutePlan plan = instance.toPlan(RoutePlan.Objective.VEHICLES_FIRST);
        for (int i = 0; i < plan.getStops().size(); i++) {
            plan.getVehicles()
                    .get(i)
                    .setStops(new ArrayList<>(List.of(plan.getStops().get(i))));
        }
        return plan;
    }

    private static RoutePlan minimiseOnly(RoutePlan plan) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(RoutePlan.class)
                .withEntityClasses(Vehicle.class, Stop.class)
                .withConstraintProviderClass(DeliveryConstraints.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new RouteMinimiser()));
        return SolverFactory.<RoutePlan>create(config).buildSolver().solve(plan);
    }
}
