package org.grassroots.delivery.domain;

import java.util.List;

/**
 * Why an order is on no route, found by trying it alone on each vehicle: the first reason that rules
 * out every vehicle, or, when some vehicle could take it alone, that the fleet is full.
 */
public final class Unserved {

    /** The reasons, most specific first. */
    public enum Reason {
        /** There are no vehicles. */
        NO_FLEET,
        /** Heavier than any van or bike holds and than any drone lifts. */
        TOO_HEAVY,
        /** Only drones could carry it, and it is beyond their range. */
        OUT_OF_RANGE,
        /** No vehicle that can carry it reaches it within its window and gets back within its shift. */
        WINDOW_UNREACHABLE,
        /** A vehicle could take it alone, but the plan had no room left on any route. */
        FLEET_FULL
    }

    private Unserved() {}

    public static Reason reason(Stop stop, List<Vehicle> fleet) {
        if (fleet.isEmpty()) {
            return Reason.NO_FLEET;
        }
        List<Vehicle> carriers = fleet.stream().filter(v -> carries(v, stop)).toList();
        if (carriers.isEmpty()) {
            return Reason.TOO_HEAVY;
        }
        List<Vehicle> inRange = carriers.stream()
                .filter(v -> !v.kind().flies() || v.roundTrip(stop) <= v.range())
                .toList();
        if (inRange.isEmpty()) {
            return Reason.OUT_OF_RANGE;
        }
        return inRange.stream().anyMatch(v -> onTimeAlone(v, stop)) ? Reason.FLEET_FULL : Reason.WINDOW_UNREACHABLE;
    }

    private static boolean carries(Vehicle vehicle, Stop stop) {
        return stop.weight() <= (vehicle.kind().flies() ? vehicle.maxPayload() : vehicle.capacity());
    }

    private static boolean onTimeAlone(Vehicle vehicle, Stop stop) {
        long arrival = vehicle.shiftStart() + vehicle.travel().time(0, stop.location());
        long back = Math.max(arrival, stop.windowStart())
                + stop.serviceTime()
                + vehicle.travel().time(stop.location(), 0);
        return arrival <= stop.windowEnd() && back <= vehicle.shiftEnd();
    }
}
