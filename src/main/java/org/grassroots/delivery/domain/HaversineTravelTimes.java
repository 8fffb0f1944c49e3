package org.grassroots.delivery.domain;

import java.util.List;
import org.grassroots.common.GeoPoint;

/**
 * Travel without a road network: great-circle distance, times a road factor for vans and bikes
 * (roads wind; 1.3 is typical for towns), straight for drones, at the vehicle's average speed.
 */
public final class HaversineTravelTimes implements TravelTimes {

    private final double roadFactor;

    public HaversineTravelTimes(double roadFactor) {
        if (roadFactor < 1) {
            throw new IllegalArgumentException("a road is never shorter than the straight line: " + roadFactor);
        }
        this.roadFactor = roadFactor;
    }

    @Override
    public TravelMatrix matrix(List<GeoPoint> places, VehicleKind kind, double speedKmh) {
        double factor = kind.flies() ? 1 : roadFactor;
        double metresPerSecond = speedKmh / 3.6;
        return TravelMatrix.of(
                places.size(),
                (a, b) -> Math.round(places.get(a).distanceKmTo(places.get(b)) * 1000 * factor),
                metresPerSecond);
    }
}
