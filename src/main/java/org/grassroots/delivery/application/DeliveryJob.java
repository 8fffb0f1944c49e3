package org.grassroots.delivery.application;

import java.time.Duration;
import java.time.Instant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.market.CycleId;

/**
 * A solve of one cycle's deliveries, as persisted: its progress while it runs, then its result.
 *
 * @param score the solver's best score so far, as Timefold writes it
 * @param unserved orders on no route (null until the first solution)
 */
public record DeliveryJob(
        long id,
        EnterpriseId hub,
        CycleId cycle,
        Status status,
        int secondsLimit,
        int serviceMinutes,
        Instant startedAt,
        Instant updatedAt,
        Instant finishedAt,
        String score,
        int orders,
        Integer unserved,
        Integer vehiclesUsed,
        Long distanceM,
        Long travelSeconds,
        String error,
        boolean stopRequested) {

    public enum Status {
        SOLVING,
        FINISHED,
        STOPPED,
        FAILED
    }

    public boolean solving() {
        return status == Status.SOLVING;
    }

    /** Whether it has routes to show and dispatch: finished, or stopped with a solution. */
    public boolean hasPlan() {
        return (status == Status.FINISHED || status == Status.STOPPED) && unserved != null;
    }

    /** How long it has run (until now while solving). */
    public Duration elapsed(Instant now) {
        return Duration.between(startedAt, finishedAt != null ? finishedAt : now);
    }

    public double distanceKm() {
        return distanceM == null ? 0 : distanceM / 1000.0;
    }

    public long travelMinutes() {
        return travelSeconds == null ? 0 : Math.round(travelSeconds / 60.0);
    }
}
