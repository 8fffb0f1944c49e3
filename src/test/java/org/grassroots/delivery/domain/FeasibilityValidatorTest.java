package org.grassroots.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A feasible solution of the tiny instance, then one hand-broken solution per rule. */
class FeasibilityValidatorTest {

    private final SolomonInstance tiny = SolomonInstance.parse(SolomonInstanceTest.TINY, "tiny");

    @Test
    void acceptsAFeasibleSolutionAndMeasuresItsDistance() {
        FeasibilityValidator.Result result = FeasibilityValidator.check(tiny, List.of(List.of(1, 2), List.of(3)));

        assertThat(result.violations()).isEmpty();
        assertThat(result.feasible()).isTrue();
        assertThat(result.vehicles()).isEqualTo(2);
        assertThat(result.distance()).isCloseTo(5 + 5 + 10 + 10 + 10, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void rejectsARouteOverCapacity() {
        assertThat(FeasibilityValidator.check(tiny, List.of(List.of(1, 2, 3))).violations())
                .containsExactly("route 1 carries 15, over the capacity 12");
    }

    @Test
    void rejectsAnArrivalAfterTheDueTime() {
        SolomonInstance tight = variant(1, "20", "15");
        // 2 first: served at 10, leaves at 11, reaches 1 (5 away) at 16
        assertThat(FeasibilityValidator.check(tight, List.of(List.of(2, 1), List.of(3)))
                        .violations())
                .singleElement()
                .asString()
                .contains("route 1 reaches customer 1 at 16.0000 after its due time 15.0000");
    }

    @Test
    void rejectsAReturnAfterTheDepotCloses() {
        SolomonInstance early = variant(0, "100", "21");
        assertThat(FeasibilityValidator.check(early, List.of(List.of(1, 2), List.of(3)))
                        .violations())
                .contains("route 1 returns to the depot at 22.0000 after it closes at 21.0000");
    }

    @Test
    void rejectsACustomerLeftOutServedTwiceOrUnknown() {
        assertThat(FeasibilityValidator.check(tiny, List.of(List.of(1), List.of(3)))
                        .violations())
                .containsExactly("customer 2 is not served");
        assertThat(FeasibilityValidator.check(tiny, List.of(List.of(1, 2), List.of(3, 1)))
                        .violations())
                .contains("customer 1 is served 2 times");
        assertThat(FeasibilityValidator.check(tiny, List.of(List.of(1, 2), List.of(3, 7)))
                        .violations())
                .contains("route 2 visits unknown customer 7");
    }

    /** The tiny instance with one number changed in one customer's row. */
    private static SolomonInstance variant(int customer, String from, String to) {
        String row = "    " + customer + " ";
        return SolomonInstance.parse(
                SolomonInstanceTest.TINY.stream()
                        .map(l -> l.startsWith(row) ? l.replace(" " + from + " ", " " + to + " ") : l)
                        .toList(),
                "variant");
    }

    @Test
    void rejectsMoreVehiclesThanTheFleetHas() {
        assertThat(FeasibilityValidator.check(tiny, List.of(List.of(1), List.of(2), List.of(3)))
                        .violations())
                .containsExactly("uses 3 vehicles, the fleet has 2");
    }
}
