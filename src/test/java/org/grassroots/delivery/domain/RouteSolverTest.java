package org.grassroots.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteSolverTest {

    @Test
    void solvesTheFirst25CustomersOfC101ToAFeasiblePlanInAFewSeconds() throws Exception {
        SolomonInstance c101 = SolomonInstance.read(Path.of("src/test/resources/delivery/solomon/C101.txt"));
        SolomonInstance c101With25 = new SolomonInstance(
                "C101.25", c101.vehicles(), c101.capacity(), c101.customers().subList(0, 26));

        RoutePlan solved =
                RouteSolver.solve(c101With25.toPlan(RoutePlan.Objective.VEHICLES_FIRST), Duration.ofSeconds(3));

        FeasibilityValidator.Result result = FeasibilityValidator.check(c101With25, SolomonInstance.routes(solved));
        assertThat(result.violations()).isEmpty();
        assertThat(solved.unassigned()).isEmpty();
        assertThat(solved.getScore().hardScore(0)).isZero();
        // Solomon's best known for C101 with 25 customers: 3 vehicles, 191.3
        assertThat(result.vehicles()).isLessThanOrEqualTo(4);
        assertThat(result.distance()).isLessThan(191.3 * 1.15);
    }

    @Test
    void anOrderNoVehicleCanTakeIsLeftUnservedRatherThanBreakingARule() {
        TravelMatrix line = TravelMatrix.euclidean(new double[] {0, 10, 20}, new double[3], 1);
        Vehicle bike = new Vehicle("bike", VehicleKind.CARGO_BIKE, 10, 10, Long.MAX_VALUE, 0, 1000, line);
        Stop light = new Stop("light", 1, 5, 0, 1000, 0);
        Stop tooHeavy = new Stop("too-heavy", 2, 50, 0, 1000, 0);

        RoutePlan solved = RouteSolver.solve(
                new RoutePlan(List.of(bike), List.of(light, tooHeavy), RoutePlan.Objective.VEHICLES_FIRST),
                Duration.ofSeconds(1));

        assertThat(solved.getScore().hardScore(0)).isZero();
        assertThat(solved.unassigned()).extracting(Stop::getId).containsExactly("too-heavy");
        assertThat(Unserved.reason(solved.unassigned().get(0), solved.getVehicles()))
                .isEqualTo(Unserved.Reason.TOO_HEAVY);
    }
}
