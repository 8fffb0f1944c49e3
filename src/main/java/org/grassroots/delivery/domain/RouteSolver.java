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
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;

/** How plans are solved: the one solver configuration the application and the evaluation share. */
public final class RouteSolver {

    private static final int LATE_ACCEPTANCE_SIZE = 400;
    private static final double NEARBY_WEIGHT = 10;

    private RouteSolver() {}

    /**
     * Construction; then, when the plan asks for it, {@link RouteMinimiser} takes vehicles off the
     * road; then late acceptance (400 steps) over Timefold's list change, list swap and k-opt moves
     * plus {@link NearbyMoves}, picked ten times as often as each of the others: without them most
     * random moves pair far-apart stops and break a time window.
     */
    public static SolverConfig config(Duration limit) {
        return new SolverConfig()
                .withSolutionClass(RoutePlan.class)
                .withEntityClasses(Vehicle.class, Stop.class)
                .withConstraintProviderClass(DeliveryConstraints.class)
                .withPhases(
                        new ConstructionHeuristicPhaseConfig(),
                        new CustomPhaseConfig().withCustomPhaseCommands(new RouteMinimiser()),
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
     * Shares a time limit between the phases: when vehicles come first, two thirds of it (in whole
     * milliseconds) go to taking vehicles off the road and the rest to shortening routes; otherwise
     * all of it shortens routes.
     */
    public static void budget(RoutePlan plan, Duration limit) {
        plan.minimiseRoutesFor(
                plan.objective() == RoutePlan.Objective.VEHICLES_FIRST
                        ? Duration.ofMillis(limit.toMillis() * 2 / 3)
                        : Duration.ZERO);
    }

    /** Solves in this thread until the time limit. */
    public static RoutePlan solve(RoutePlan problem, Duration limit) {
        budget(problem, limit);
        return SolverFactory.<RoutePlan>create(config(limit)).buildSolver().solve(problem);
    }
}
