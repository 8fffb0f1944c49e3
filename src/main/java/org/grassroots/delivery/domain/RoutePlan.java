package org.grassroots.delivery.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A delivery problem and, once solved, its routes. The score has one hard level (every hard
 * constraint) and three soft levels, most important first: orders left unserved, vehicles used and
 * travel time.
 */
@PlanningSolution
public class RoutePlan {

    public static final int HARD_LEVELS = 1;
    public static final int SOFT_LEVELS = 3;

    @PlanningEntityCollectionProperty
    private List<Vehicle> vehicles;

    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Stop> stops;

    private Objective objective;

    private Duration routeMinimisation = Duration.ZERO;

    private ConstraintWeightOverrides<BendableLongScore> constraintWeightOverrides;

    @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableLongScore score;

    RoutePlan() {}

    public RoutePlan(List<Vehicle> vehicles, List<Stop> stops, Objective objective) {
        this.vehicles = vehicles;
        this.stops = stops;
        this.objective = objective;
        BendableLongScore off = BendableLongScore.zero(HARD_LEVELS, SOFT_LEVELS);
        constraintWeightOverrides = objective == Objective.DISTANCE_FIRST
                ? ConstraintWeightOverrides.of(Map.of(DeliveryConstraints.VEHICLES_USED, off))
                : ConstraintWeightOverrides.none();
    }

    /**
     * How long the solver spends taking vehicles off the road ({@link RouteMinimiser}) before it
     * shortens the routes; zero skips that phase.
     */
    public Duration routeMinimisation() {
        return routeMinimisation;
    }

    public void minimiseRoutesFor(Duration budget) {
        this.routeMinimisation = budget;
    }

    public Objective objective() {
        return objective;
    }

    /** What the solver minimises after every order is served: vehicles then travel, or travel alone. */
    public enum Objective {
        VEHICLES_FIRST,
        DISTANCE_FIRST
    }

    public List<Vehicle> getVehicles() {
        return vehicles;
    }

    public List<Stop> getStops() {
        return stops;
    }

    public ConstraintWeightOverrides<BendableLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<BendableLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }

    public List<Stop> unassigned() {
        return stops.stream().filter(s -> !s.assigned()).toList();
    }
}
