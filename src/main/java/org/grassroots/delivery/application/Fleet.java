package org.grassroots.delivery.application;

import java.math.BigDecimal;
import java.util.List;
import org.grassroots.common.EnterpriseId;
import org.grassroots.delivery.persistence.FleetStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A hub's vehicles: add, list and retire. */
@Service
public class Fleet {

    static final BigDecimal MAX_CAPACITY_KG = BigDecimal.valueOf(5000);
    static final BigDecimal MAX_SPEED_KMH = BigDecimal.valueOf(200);
    static final BigDecimal MAX_RANGE_KM = BigDecimal.valueOf(500);

    private final FleetStore store;

    Fleet(FleetStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<FleetVehicle> vehicles(EnterpriseId hub) {
        return store.active(hub);
    }

    /**
     * Adds a vehicle after checking it as a whole (the form checks each field's format).
     *
     * @throws DeliveryProblem naming the field that is wrong
     */
    @Transactional
    public long add(EnterpriseId hub, FleetVehicle vehicle) {
        if (vehicle.name() == null || vehicle.name().isBlank() || vehicle.name().length() > 60) {
            throw DeliveryProblem.invalid("name", "Name the vehicle in 1 to 60 characters.");
        }
        if (vehicle.kind() == null) {
            throw DeliveryProblem.invalid("kind", "Choose van, cargo bike or drone.");
        }
        within(vehicle.capacityKg(), MAX_CAPACITY_KG, "capacityKg", "Capacity");
        within(vehicle.speedKmh(), MAX_SPEED_KMH, "speedKmh", "Average speed");
        if (vehicle.shiftStart() == null) {
            throw DeliveryProblem.invalid("shiftStart", "Enter when the shift starts, as HH:MM.");
        }
        if (vehicle.shiftEnd() == null || !vehicle.shiftEnd().isAfter(vehicle.shiftStart())) {
            throw DeliveryProblem.invalid("shiftEnd", "The shift must end after it starts, on the same day.");
        }
        if (vehicle.kind().flies()) {
            if (vehicle.rangeKm() == null) {
                throw DeliveryProblem.invalid("rangeKm", "A drone needs its range per round trip.");
            }
            within(vehicle.rangeKm(), MAX_RANGE_KM, "rangeKm", "Range");
        } else if (vehicle.rangeKm() != null) {
            throw DeliveryProblem.invalid("rangeKm", "Only drones have a range per trip; leave it empty.");
        }
        if (store.nameInUse(hub, vehicle.name().strip())) {
            throw DeliveryProblem.invalid(
                    "name",
                    "The fleet already has a vehicle called " + vehicle.name().strip() + ".");
        }
        return store.insert(
                hub,
                new FleetVehicle(
                        0,
                        vehicle.name().strip(),
                        vehicle.kind(),
                        vehicle.capacityKg(),
                        vehicle.speedKmh(),
                        vehicle.shiftStart(),
                        vehicle.shiftEnd(),
                        vehicle.rangeKm()));
    }

    /** Takes a vehicle out of service; plans made with it keep it. */
    @Transactional
    public void retire(EnterpriseId hub, long vehicle) {
        if (!store.retire(hub, vehicle)) {
            throw DeliveryProblem.notFound("This vehicle");
        }
    }

    private static void within(BigDecimal value, BigDecimal max, String field, String label) {
        if (value == null || value.signum() <= 0 || value.compareTo(max) > 0) {
            throw DeliveryProblem.invalid(
                    field, label + " must be more than 0 and at most " + max.toPlainString() + ".");
        }
    }
}
