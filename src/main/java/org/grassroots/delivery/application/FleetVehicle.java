package org.grassroots.delivery.application;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.grassroots.delivery.domain.VehicleKind;

/**
 * A vehicle of a hub's fleet.
 *
 * @param capacityKg what a van or bike carries on a tour; for a drone, its payload per trip
 * @param rangeKm drones only: the longest round trip on one charge; null otherwise
 */
public record FleetVehicle(
        long id,
        String name,
        VehicleKind kind,
        BigDecimal capacityKg,
        BigDecimal speedKmh,
        LocalTime shiftStart,
        LocalTime shiftEnd,
        BigDecimal rangeKm) {}
