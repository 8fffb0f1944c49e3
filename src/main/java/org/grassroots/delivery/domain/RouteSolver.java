package org.grassroots.delivery.domain;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;

/** How plans are solved: the one solver configuration the application and the evaluation share. */
public final class RouteSolver {

    private static final int LATE_ACCEPTANCE_SIZE = 400;
    private static final double NEARBY_WEIGHT = 10;

    private RouteSolver() {}

    /**
     * Construction, then late acceptance (400 steps) over Timefold's list change, list swap and k-opt
     * moves plus {@link NearbyMoves}, picked ten times as often as each of the others: without them
     * most random moves pair far-apart stops and break a time window.
     */
    public static SolverConfig config(Duration limit) {
        return new SolverConfig()
                .withSolutionClass(RoutePlan.class)
                .withEntityClasses(Vehicle.class, Stop.class)
                .withConstraintProviderClass(DeliveryConstraints.class)
                .withPhases(
                        new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                        .withMoveSelectors(
                                                new ListChangeMoveSelectorConfig(),
                                                new ListSwapMoveSelectorConfig(),
                                                new KOptListMoveSelectorConfig(),
                                                new MoveIteratorFactoryConfig()
                                                        .withMoveIteratorFactoryClass(NearbyMoves.class)
                                                        .withFixedProbabilityWeight(NEARBY_WEIGHT)))
                                .withAcceptorConfig(
                                        new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }

    /**
     * Solves in this thread until the time limit. When vehicles come first, the first two thirds of
     * the time also reward concentrated routes, which empties short ones; the rest minimises travel.
     */
    public static RoutePlan solve(RoutePlan problem, Duration limit) {
        if (problem.objective() == RoutePlan.Objective.DISTANCE_FIRST) {
            return solveFor(problem, limit);
        }
        Duration first = concentratingPart(limit);
        problem.concentrating(true);
        RoutePlan concentrated = solveFor(problem, first);
        concentrated.concentrating(false);
        return solveFor(concentrated, limit.minus(first));
    }

    /** The share of a time limit spent concentrating routes: two thirds, in whole milliseconds. */
    public static Duration concentratingPart(Duration limit) {
        return Duration.ofMillis(limit.toMillis() * 2 / 3);
    }

    private static RoutePlan solveFor(RoutePlan problem, Duration limit) {
        return SolverFactory.<RoutePlan>create(config(limit)).buildSolver().solve(problem);
    }
}
