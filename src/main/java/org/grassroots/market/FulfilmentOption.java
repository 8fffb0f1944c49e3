package org.grassroots.market;

import java.time.Instant;
import org.grassroots.common.GeoPoint;

/** A pickup point or delivery option of a cycle, as shoppers choose it at checkout. */
public record FulfilmentOption(
        long id,
        FulfilmentKind kind,
        String name,
        String address,
        GeoPoint location,
        Instant windowStartsAt,
        Instant windowEndsAt,
        Double radiusKm,
        long feeMinor) {}
