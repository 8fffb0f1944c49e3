package org.grassroots.delivery.domain;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;

/** How plans are solved: the one solver configuration the application and the evaluation share. */
public final class RouteSolver {

    private RouteSolver() {}

    /**
     * Timefold's defaults for a list variable: construction, then late acceptance over list change,
     * list swap and k-opt moves until the time limit. (Adding sub-list moves or ruin-and-recreate
     * made Solomon gaps worse in 30 s: see docs/delivery.md.)
     */
    public static SolverConfig config(Duration limit) {
        return new SolverConfig()
                .withSolutionClass(RoutePlan.class)
                .withEntityClasses(Vehicle.class, Stop.class)
                .withConstraintProviderClass(DeliveryConstraints.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }

    /** Solves in this thread until the time limit. */
    public static RoutePlan solve(RoutePlan problem, Duration limit) {
        return SolverFactory.<RoutePlan>create(config(limit)).buildSolver().solve(problem);
    }
}
