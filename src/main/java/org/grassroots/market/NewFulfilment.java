package org.grassroots.market;

import java.time.Instant;
import org.grassroots.common.GeoPoint;

/**
 * A way to get an order in a cycle: a pickup point (address and time window) or delivery (zone
 * radius from the hub, fee and time window).
 *
 * @param location where a pickup point is; null for delivery
 * @param radiusKm how far from the hub delivery goes; null for pickup
 */
public record NewFulfilment(
        FulfilmentKind kind,
        String name,
        String address,
        GeoPoint location,
        Instant windowStartsAt,
        Instant windowEndsAt,
        Double radiusKm,
        long feeMinor) {

    public NewFulfilment {
        if (!windowEndsAt.isAfter(windowStartsAt)) {
            throw new IllegalArgumentException("A time window must end after it starts");
        }
        if (kind == FulfilmentKind.DELIVERY && (radiusKm == null || radiusKm <= 0)) {
            throw new IllegalArgumentException("Delivery needs a positive radius");
        }
        if (feeMinor < 0) {
            throw new IllegalArgumentException("A fee cannot be negative");
        }
    }
}
