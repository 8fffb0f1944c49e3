package org.grassroots.delivery.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.CascadingUpdateShadowVariable;
import ai.timefold.solver.core.api.domain.variable.IndexShadowVariable;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;

/**
 * An order to deliver: where, how heavy, and when the household can receive it. The solver places
 * it on a vehicle's route; its arrival follows from the stops before it.
 */
@PlanningEntity
public class Stop {

    @PlanningId
    private String id;

    private int location;
    private long weight;
    private long windowStart;
    private long windowEnd;
    private long serviceTime;

    @InverseRelationShadowVariable(sourceVariableName = "stops")
    private Vehicle vehicle;

    @PreviousElementShadowVariable(sourceVariableName = "stops")
    private Stop previous;

    @IndexShadowVariable(sourceVariableName = "stops")
    private Integer index;

    @CascadingUpdateShadowVariable(targetMethodName = "updateArrival")
    private Long arrival;

    Stop() {}

    /**
     * @param location index in the plan's travel matrices
     * @param weight in grams (or the instance's demand unit)
     * @param windowStart earliest start of service, in ticks
     * @param windowEnd latest start of service, in ticks
     * @param serviceTime ticks spent at the door
     */
    public Stop(String id, int location, long weight, long windowStart, long windowEnd, long serviceTime) {
        this.id = id;
        this.location = location;
        this.weight = weight;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.serviceTime = serviceTime;
    }

    private void updateArrival() {
        arrival = vehicle == null ? null : vehicle.arrivalAt(this, previous);
    }

    /** When service starts: on arrival, or when the window opens if the vehicle is early. */
    public long serviceStart() {
        return Math.max(arrival, windowStart);
    }

    public long departure() {
        return serviceStart() + serviceTime;
    }

    /** Ticks after the window closed that the vehicle arrives; 0 when on time. */
    public long lateness() {
        return arrival == null ? 0 : Math.max(0, arrival - windowEnd);
    }

    public boolean assigned() {
        return vehicle != null;
    }

    public String getId() {
        return id;
    }

    public int location() {
        return location;
    }

    public long weight() {
        return weight;
    }

    public long windowStart() {
        return windowStart;
    }

    public long windowEnd() {
        return windowEnd;
    }

    public long serviceTime() {
        return serviceTime;
    }

    public Vehicle getVehicle() {
        return vehicle;
    }

    public void setVehicle(Vehicle vehicle) {
        this.vehicle = vehicle;
    }

    public Stop getPrevious() {
        return previous;
    }

    public void setPrevious(Stop previous) {
        this.previous = previous;
    }

    /** Its place on its vehicle's route, or null when unassigned. */
    public Integer getIndex() {
        return index;
    }

    public void setIndex(Integer index) {
        this.index = index;
    }

    public Long getArrival() {
        return arrival;
    }

    public void setArrival(Long arrival) {
        this.arrival = arrival;
    }

    @Override
    public String toString() {
        return id;
    }
}
