package org.grassroots.market;

import java.time.Instant;

/** Where a cycle is in time. Derived from its open and close times, so cycles open and close by themselves. */
public enum CycleState {
    UPCOMING,
    OPEN,
    CLOSED;

    public static CycleState at(Instant opensAt, Instant closesAt, Instant now) {
        if (now.isBefore(opensAt)) {
            return UPCOMING;
        }
        return now.isBefore(closesAt) ? OPEN : CLOSED;
    }
}
