package org.grassroots.delivery.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A vehicle and the route the solver gives it. It leaves the depot (location 0) at its shift start
 * and must be back by its shift end. A drone flies each stop as its own trip.
 */
@PlanningEntity
public class Vehicle {

    @PlanningId
    private String id;

    private VehicleKind kind;
    private long capacity;
    private long maxPayload;
    private long range;
    private long shiftStart;
    private long shiftEnd;
    private TravelMatrix travel;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Stop> stops = new ArrayList<>();

    Vehicle() {}

    /**
     * @param capacity what a van or bike carries on its tour, in the stops' weight unit
     * @param maxPayload for a drone, the heaviest order one trip carries
     * @param range for a drone, the longest round trip in the matrix's distance unit; otherwise unlimited
     * @param travel its distances and times (road for vans and bikes, straight line for drones)
     */
    public Vehicle(
            String id,
            VehicleKind kind,
            long capacity,
            long maxPayload,
            long range,
            long shiftStart,
            long shiftEnd,
            TravelMatrix travel) {
        this.id = id;
        this.kind = kind;
        this.capacity = capacity;
        this.maxPayload = maxPayload;
        this.range = range;
        this.shiftStart = shiftStart;
        this.shiftEnd = shiftEnd;
        this.travel = travel;
    }

    /** A van or bike drives on from the stop before; a drone comes back to the depot and flies out again. */
    long arrivalAt(Stop stop, Stop previous) {
        if (previous == null) {
            return shiftStart + travel.time(0, stop.location());
        }
        if (kind.flies()) {
            return previous.departure() + travel.time(previous.location(), 0) + travel.time(0, stop.location());
        }
        return previous.departure() + travel.time(previous.location(), stop.location());
    }

    /** When it is back at the depot after its last stop. */
    public long returnTime() {
        if (stops.isEmpty()) {
            return shiftStart;
        }
        Stop last = stops.get(stops.size() - 1);
        return last.departure() + travel.time(last.location(), 0);
    }

    /** Total travel time of the route, depot to depot, in ticks. */
    public long travelTime() {
        return tour(travel, kind, i -> stops.get(i).location(), stops.size(), true);
    }

    /** Total distance of the route, depot to depot. */
    public long distance() {
        return tour(travel, kind, i -> stops.get(i).location(), stops.size(), false);
    }

    /**
     * The time or distance of visiting locations in order from the depot and back: one tour for a
     * van or bike, a round trip per location for a drone.
     */
    public static long tour(TravelMatrix travel, VehicleKind kind, IntUnaryOperator location, int count, boolean time) {
        long total = 0;
        int at = 0;
        for (int i = 0; i < count; i++) {
            int to = location.applyAsInt(i);
            total += kind.flies() ? leg(travel, 0, to, time) + leg(travel, to, 0, time) : leg(travel, at, to, time);
            at = kind.flies() ? 0 : to;
        }
        return total + leg(travel, at, 0, time);
    }

    private static long leg(TravelMatrix travel, int from, int to, boolean time) {
        return time ? travel.time(from, to) : travel.distance(from, to);
    }

    /** For a drone: the distance flown to deliver this stop and come back. */
    public long roundTrip(Stop stop) {
        return travel.distance(0, stop.location()) + travel.distance(stop.location(), 0);
    }

    /** What the tour carries: the sum of its orders. */
    public long load() {
        long load = 0;
        for (Stop stop : stops) {
            load += stop.weight();
        }
        return load;
    }

    public boolean used() {
        return !stops.isEmpty();
    }

    public String getId() {
        return id;
    }

    public VehicleKind kind() {
        return kind;
    }

    public long capacity() {
        return capacity;
    }

    public long maxPayload() {
        return maxPayload;
    }

    public long range() {
        return range;
    }

    public long shiftStart() {
        return shiftStart;
    }

    public long shiftEnd() {
        return shiftEnd;
    }

    public TravelMatrix travel() {
        return travel;
    }

    public List<Stop> getStops() {
        return stops;
    }

    public void setStops(List<Stop> stops) {
        this.stops = stops;
    }

    @Override
    public String toString() {
        return id;
    }
}
