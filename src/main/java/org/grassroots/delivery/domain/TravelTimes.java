package org.grassroots.delivery.domain;

import java.util.List;
import org.grassroots.common.GeoPoint;

/**
 * The port for how far and how long it is between places, for one kind of vehicle at one speed: a
 * road network service can replace the default {@link HaversineTravelTimes}.
 */
public interface TravelTimes {

    /**
     * @param places the depot first, then the stops
     * @return distances in metres and times in seconds between every pair
     */
    TravelMatrix matrix(List<GeoPoint> places, VehicleKind kind, double speedKmh);
}
