package org.grassroots.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each constraint, satisfied and violated, on a line of places 10 apart (time equals distance). */
class DeliveryConstraintsTest {

    private static final TravelMatrix LINE = TravelMatrix.euclidean(new double[] {0, 10, 20}, new double[3], 1);

    private final ConstraintVerifier<DeliveryConstraints, RoutePlan> verifier =
            ConstraintVerifier.build(new DeliveryConstraints(), RoutePlan.class, Vehicle.class, Stop.class);

    @Test
    void capacityPenalisesTheExcessWeightOfAVanOrBike() {
        Stop a = stop("a", 1, 6, 100);
        Stop b = stop("b", 2, 6, 100);
        verifier.verifyThat(DeliveryConstraints::vehicleCapacity)
                .givenSolution(plan(List.of(van(10, 100, a, b)), a, b))
                .settingAllShadowVariables()
                .penalizesBy(2);
        Stop c = stop("c", 1, 4, 100);
        Stop d = stop("d", 2, 6, 100);
        verifier.verifyThat(DeliveryConstraints::vehicleCapacity)
                .givenSolution(plan(List.of(van(10, 100, c, d)), c, d))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void timeWindowPenalisesArrivalAfterTheWindowCloses() {
        Stop late = stop("late", 1, 1, 5); // 10 away, window closes at 5
        verifier.verifyThat(DeliveryConstraints::timeWindow)
                .givenSolution(plan(List.of(van(10, 100, late)), late))
                .settingAllShadowVariables()
                .penalizesBy(5);
        Stop onTime = stop("on-time", 1, 1, 10);
        verifier.verifyThat(DeliveryConstraints::timeWindow)
                .givenSolution(plan(List.of(van(10, 100, onTime)), onTime))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void earlyArrivalWaitsForTheWindowToOpen() {
        Stop first = new Stop("first", 1, 1, 30, 40, 0); // arrives at 10, serves at 30
        Stop second = stop("second", 2, 1, 35); // then 10 more: arrives at 40, after 35
        verifier.verifyThat(DeliveryConstraints::timeWindow)
                .givenSolution(plan(List.of(van(10, 100, first, second)), first, second))
                .settingAllShadowVariables()
                .penalizesBy(5);
    }

    @Test
    void shiftEndPenalisesComingBackLate() {
        Stop far = stop("far", 2, 1, 100); // 20 out and 20 back
        verifier.verifyThat(DeliveryConstraints::shiftEnd)
                .givenSolution(plan(List.of(van(10, 35, far)), far))
                .settingAllShadowVariables()
                .penalizesBy(5);
        Stop near = stop("near", 1, 1, 100);
        verifier.verifyThat(DeliveryConstraints::shiftEnd)
                .givenSolution(plan(List.of(van(10, 35, near)), near))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void dronePayloadPenalisesAnOrderHeavierThanOneTripLifts() {
        Stop heavy = stop("heavy", 1, 3, 100);
        verifier.verifyThat(DeliveryConstraints::dronePayload)
                .givenSolution(plan(List.of(drone(2, 100, heavy)), heavy))
                .settingAllShadowVariables()
                .penalizesBy(1);
        Stop light = stop("light", 1, 2, 100);
        Stop alsoLight = stop("also-light", 2, 2, 100);
        verifier.verifyThat(DeliveryConstraints::dronePayload)
                .givenSolution(plan(List.of(drone(2, 100, light, alsoLight)), light, alsoLight))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void droneRangePenalisesARoundTripBeyondIt() {
        Stop far = stop("far", 2, 1, 1000); // 40 there and back
        verifier.verifyThat(DeliveryConstraints::droneRange)
                .givenSolution(plan(List.of(drone(5, 30, far)), far))
                .settingAllShadowVariables()
                .penalizesBy(10);
        Stop near = stop("near", 1, 1, 1000);
        verifier.verifyThat(DeliveryConstraints::droneRange)
                .givenSolution(plan(List.of(drone(5, 30, near)), near))
                .settingAllShadowVariables()
                .hasNoImpact();
        Stop byVan = stop("by-van", 2, 1, 1000);
        verifier.verifyThat(DeliveryConstraints::droneRange)
                .givenSolution(plan(List.of(van(10, 1000, byVan)), byVan))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void anUnservedOrderIsPenalisedOnce() {
        Stop served = stop("served", 1, 1, 100);
        Stop left = stop("left", 2, 1, 100);
        verifier.verifyThat(DeliveryConstraints::unservedOrder)
                .givenSolution(plan(List.of(van(10, 100, served)), served, left))
                .settingAllShadowVariables()
                .penalizesBy(1);
        Stop other = stop("other", 2, 1, 100);
        Stop served2 = stop("served-2", 1, 1, 100);
        verifier.verifyThat(DeliveryConstraints::unservedOrder)
                .givenSolution(plan(List.of(van(10, 100, served2, other)), served2, other))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void eachVehicleOnTheRoadCounts() {
        Stop a = stop("a", 1, 1, 100);
        verifier.verifyThat(DeliveryConstraints::vehiclesUsed)
                .givenSolution(plan(List.of(van(10, 100, a), van(10, 100)), a))
                .settingAllShadowVariables()
                .penalizesBy(1);
        verifier.verifyThat(DeliveryConstraints::vehiclesUsed)
                .givenSolution(plan(List.of(van(10, 100)), stop("b", 1, 1, 100)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void travelTimeIsTheTourForAVanAndEveryTripForADrone() {
        Stop a = stop("a", 1, 1, 1000);
        Stop b = stop("b", 2, 1, 1000);
        verifier.verifyThat(DeliveryConstraints::travelTime)
                .givenSolution(plan(List.of(van(10, 1000, a, b)), a, b))
                .settingAllShadowVariables()
                .penalizesBy(40); // 0 → 10 → 20 → 0
        Stop c = stop("c", 1, 1, 1000);
        Stop d = stop("d", 2, 1, 1000);
        verifier.verifyThat(DeliveryConstraints::travelTime)
                .givenSolution(plan(List.of(drone(5, 1000, c, d)), c, d))
                .settingAllShadowVariables()
                .penalizesBy(60); // 0 → 10 → 0 → 20 → 0
        verifier.verifyThat(DeliveryConstraints::travelTime)
                .givenSolution(plan(List.of(van(10, 1000)), stop("e", 1, 1, 1000)))
                .settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void aDroneFliesBackToTheHubBetweenDrops() {
        Stop c = stop("c", 1, 1, 1000);
        Stop d = stop("d", 2, 1, 25); // out 10, back 10, out 20: arrives at 40
        verifier.verifyThat(DeliveryConstraints::timeWindow)
                .givenSolution(plan(List.of(drone(5, 1000, c, d)), c, d))
                .settingAllShadowVariables()
                .penalizesBy(15);
    }

    private static Stop stop(String id, int location, long weight, long windowEnd) {
        return new Stop(id, location, weight, 0, windowEnd, 0);
    }

    private static Vehicle van(long capacity, long shiftEnd, Stop... stops) {
        Vehicle v = new Vehicle("van", VehicleKind.VAN, capacity, capacity, Long.MAX_VALUE, 0, shiftEnd, LINE);
        v.setStops(new ArrayList<>(List.of(stops)));
        return v;
    }

    private static Vehicle drone(long payload, long range, Stop... stops) {
        Vehicle v = new Vehicle("drone", VehicleKind.DRONE, payload, payload, range, 0, 1000, LINE);
        v.setStops(new ArrayList<>(List.of(stops)));
        return v;
    }

    @Test
    void vehiclesCountOnlyWhenTheyComeFirst() {
        RoutePlan plan = new RoutePlan(List.of(), List.of(), RoutePlan.Objective.VEHICLES_FIRST);
        assertThat(weight(plan, DeliveryConstraints.VEHICLES_USED)).isNull();
        RoutePlan distanceFirst = new RoutePlan(List.of(), List.of(), RoutePlan.Objective.DISTANCE_FIRST);
        assertThat(weight(distanceFirst, DeliveryConstraints.VEHICLES_USED))
                .isEqualTo(BendableLongScore.zero(RoutePlan.HARD_LEVELS, RoutePlan.SOFT_LEVELS));
    }

    private static BendableLongScore weight(RoutePlan plan, String constraint) {
        return plan.getConstraintWeightOverrides().getConstraintWeight(constraint);
    }

    /** A plan with every constraint at its own weight: a single constraint's check refuses overrides of others. */
    private static RoutePlan plan(List<Vehicle> vehicles, Stop... stops) {
        RoutePlan plan = new RoutePlan(vehicles, List.of(stops), RoutePlan.Objective.VEHICLES_FIRST);
        plan.setConstraintWeightOverrides(ConstraintWeightOverrides.none());
        return plan;
    }
}
