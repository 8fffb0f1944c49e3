package org.grassroots.delivery.domain;

/**
 * How a vehicle moves. Vans and cargo bikes drive a tour on roads; a drone flies straight and
 * carries one order per trip, back to the depot between drops.
 */
public enum VehicleKind {
    VAN,
    CARGO_BIKE,
    DRONE;

    public boolean flies() {
        return this == DRONE;
    }
}
