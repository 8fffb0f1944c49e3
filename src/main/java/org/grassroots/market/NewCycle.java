package org.grassroots.market;

import java.time.Instant;
import org.grassroots.common.EnterpriseId;

/** A sales window for one hub. */
public record NewCycle(EnterpriseId hub, String name, Instant opensAt, Instant closesAt) {

    public NewCycle {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A cycle must close after it opens");
        }
    }
}
