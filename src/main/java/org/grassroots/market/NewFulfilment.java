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

    /** How far a hub delivers at most: local food, and the database keeps four digits of kilometres. */
    public static final int MAX_RADIUS_KM = 100;

    public NewFulfilment {
        if (!windowEndsAt.isAfter(windowStartsAt)) {
            throw new IllegalArgumentException("A time window must end after it starts");
        }
        if (kind == FulfilmentKind.DELIVERY && (radiusKm == null || !(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM))) {
            throw new IllegalArgumentException("Delivery needs a radius above 0 and at most " + MAX_RADIUS_KM + " km");
        }
        if (feeMinor < 0) {
            throw new IllegalArgumentException("A fee cannot be negative");
        }
    }
}
