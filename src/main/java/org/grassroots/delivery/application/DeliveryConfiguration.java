package org.grassroots.delivery.application;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import java.time.Duration;
import org.grassroots.delivery.domain.HaversineTravelTimes;
import org.grassroots.delivery.domain.RoutePlan;
import org.grassroots.delivery.domain.RouteSolver;
import org.grassroots.delivery.domain.TravelTimes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The solver (Timefold 1.x has no Spring Boot 4 starter, so it is wired here) and the travel-time port. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    /** Runs solves on a thread pool; each job overrides the time limit. Closed with the application. */
    @Bean(destroyMethod = "close")
    SolverManager<RoutePlan, Long> routeSolverManager() {
        return SolverManager.create(SolverFactory.<RoutePlan>create(RouteSolver.config(Duration.ofSeconds(30))));
    }

    /** Straight-line travel with a road factor, until a road network adapter replaces it. */
    @Bean
    @ConditionalOnMissingBean
    TravelTimes travelTimes(@Value("${grassroots.delivery.road-factor:1.3}") double roadFactor) {
        return new HaversineTravelTimes(roadFactor);
    }
}
