package org.grassroots.delivery.domain;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** Every rule a delivery plan obeys, one method each, with its id and why it matters. */
public class DeliveryConstraints implements ConstraintProvider {

    public static final String VEHICLE_CAPACITY = "Vehicle capacity";
    public static final String TIME_WINDOW = "Time window";
    public static final String SHIFT_END = "Shift end";
    public static final String DRONE_PAYLOAD = "Drone payload";
    public static final String DRONE_RANGE = "Drone range";
    public static final String UNSERVED_ORDER = "Unserved order";
    public static final String VEHICLES_USED = "Vehicles used";
    public static final String TRAVEL_TIME = "Travel time";

    private static final BendableLongScore HARD = level(true, 0);
    private static final BendableLongScore UNSERVED = level(false, 0);
    private static final BendableLongScore VEHICLE = level(false, 1);
    private static final BendableLongScore TRAVEL = level(false, 2);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            vehicleCapacity(factory),
            timeWindow(factory),
            shiftEnd(factory),
            dronePayload(factory),
            droneRange(factory),
            unservedOrder(factory),
            vehiclesUsed(factory),
            travelTime(factory)
        };
    }

    /** A van or bike cannot carry more than it holds: penalised by the excess weight. */
    Constraint vehicleCapacity(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(v -> !v.kind().flies() && v.load() > v.capacity())
                .penalizeLong(HARD, v -> v.load() - v.capacity())
                .justifyWith((v, score) -> new Breach(v.getId(), "load " + v.load() + " > capacity " + v.capacity()))
                .asConstraint(VEHICLE_CAPACITY);
    }

    /** A household is home only in its window: arriving after it closes is penalised by the delay. */
    Constraint timeWindow(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(s -> s.assigned() && s.lateness() > 0)
                .penalizeLong(HARD, Stop::lateness)
                .justifyWith((s, score) -> new Breach(s.getId(), "late by " + s.lateness()))
                .asConstraint(TIME_WINDOW);
    }

    /** Drivers and batteries have a shift: coming back after it ends is penalised by the overtime. */
    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(v -> v.used() && v.returnTime() > v.shiftEnd())
                .penalizeLong(HARD, v -> v.returnTime() - v.shiftEnd())
                .justifyWith((v, score) -> new Breach(v.getId(), "back " + (v.returnTime() - v.shiftEnd()) + " late"))
                .asConstraint(SHIFT_END);
    }

    /** A drone lifts one order at a time, up to its payload: penalised by the excess weight. */
    Constraint dronePayload(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(s -> s.assigned()
                        && s.getVehicle().kind().flies()
                        && s.weight() > s.getVehicle().maxPayload())
                .penalizeLong(HARD, s -> s.weight() - s.getVehicle().maxPayload())
                .justifyWith((s, score) -> new Breach(s.getId(), "weight over the drone's payload"))
                .asConstraint(DRONE_PAYLOAD);
    }

    /** A drone's battery gives it a range per trip, there and back: penalised by the distance over it. */
    Constraint droneRange(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(s -> s.assigned()
                        && s.getVehicle().kind().flies()
                        && s.getVehicle().roundTrip(s) > s.getVehicle().range())
                .penalizeLong(
                        HARD, s -> s.getVehicle().roundTrip(s) - s.getVehicle().range())
                .justifyWith((s, score) -> new Breach(s.getId(), "round trip beyond the drone's range"))
                .asConstraint(DRONE_RANGE);
    }

    /**
     * Every order should go out; one left behind costs more than any number of vehicles or hours, but
     * leaving it is better than breaking a hard rule, and the plan then says why it could not go.
     */
    Constraint unservedOrder(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stop.class)
                .filter(s -> !s.assigned())
                .penalize(UNSERVED)
                .justifyWith((s, score) -> new Breach(s.getId(), "not on any route"))
                .asConstraint(UNSERVED_ORDER);
    }

    /** Each vehicle on the road needs a driver (or a pilot) and a slot at the depot: use as few as possible. */
    Constraint vehiclesUsed(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(Vehicle::used)
                .penalize(VEHICLE)
                .justifyWith((v, score) -> new Breach(v.getId(), "on the road"))
                .asConstraint(VEHICLES_USED);
    }

    /** Time on the road is fuel, charge and wages: the less the better. */
    Constraint travelTime(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(Vehicle::used)
                .penalizeLong(TRAVEL, Vehicle::travelTime)
                .justifyWith((v, score) -> new Breach(v.getId(), "travels " + v.travelTime()))
                .asConstraint(TRAVEL_TIME);
    }

    private static BendableLongScore level(boolean hard, int level) {
        return hard
                ? BendableLongScore.ofHard(RoutePlan.HARD_LEVELS, RoutePlan.SOFT_LEVELS, level, 1)
                : BendableLongScore.ofSoft(RoutePlan.HARD_LEVELS, RoutePlan.SOFT_LEVELS, level, 1);
    }
}
