package org.grassroots.delivery.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.grassroots.common.GeoPoint;
import org.grassroots.delivery.domain.Unserved;
import org.grassroots.market.DeliveryOrder;

/** A plan as the hub sees it: routes per vehicle, and the orders no vehicle takes. */
public record DeliveryPlan(DeliveryJob job, GeoPoint depot, List<Route> routes, List<UnservedOrder> unserved) {

    /** One vehicle's route: stops in order, distance, load, and when it is back at the hub. */
    public record Route(
            FleetVehicle vehicle, List<RouteStop> stops, double distanceKm, BigDecimal loadKg, Instant back) {

        public boolean dispatched() {
            return stops.stream().allMatch(s -> s.dispatchedAt() != null);
        }
    }

    /** @param eta when service starts at the door */
    public record RouteStop(
            int position, DeliveryOrder order, Instant eta, BigDecimal weightKg, Instant dispatchedAt) {}

    /** @param reason null while the solver still runs */
    public record UnservedOrder(DeliveryOrder order, BigDecimal weightKg, Unserved.Reason reason) {}

    public Route route(long vehicleId) {
        return routes.stream()
                .filter(r -> r.vehicle().id() == vehicleId)
                .findFirst()
                .orElseThrow(() -> DeliveryProblem.notFound("This route"));
    }
}
