package org.grassroots.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Why an order is on no route, tried alone on each vehicle; places on a line 10 apart. */
class UnservedTest {

    private static final TravelMatrix LINE = TravelMatrix.euclidean(new double[] {0, 10, 20}, new double[3], 1);

    private final Vehicle van = new Vehicle("van", VehicleKind.VAN, 100, 100, Long.MAX_VALUE, 0, 100, LINE);
    private final Vehicle drone = new Vehicle("drone", VehicleKind.DRONE, 3, 3, 25, 0, 100, LINE);

    @Test
    void withoutVehiclesThereIsNoFleet() {
        assertThat(Unserved.reason(stop(1, 1, 100), List.of())).isEqualTo(Unserved.Reason.NO_FLEET);
    }

    @Test
    void heavierThanEveryVehicleIsTooHeavy() {
        assertThat(Unserved.reason(stop(1, 150, 100), List.of(van, drone))).isEqualTo(Unserved.Reason.TOO_HEAVY);
        assertThat(Unserved.reason(stop(1, 5, 100), List.of(drone))).isEqualTo(Unserved.Reason.TOO_HEAVY);
    }

    @Test
    void onlyADroneLiftsItAndItIsTooFar() {
        assertThat(Unserved.reason(stop(2, 1, 100), List.of(drone))).isEqualTo(Unserved.Reason.OUT_OF_RANGE);
    }

    @Test
    void aWindowNoVehicleReachesInTimeIsUnreachable() {
        assertThat(Unserved.reason(stop(2, 1, 15), List.of(van))).isEqualTo(Unserved.Reason.WINDOW_UNREACHABLE);
        Vehicle shortShift = new Vehicle("short", VehicleKind.VAN, 100, 100, Long.MAX_VALUE, 0, 30, LINE);
        assertThat(Unserved.reason(stop(2, 1, 100), List.of(shortShift))).isEqualTo(Unserved.Reason.WINDOW_UNREACHABLE);
    }

    @Test
    void whenAVehicleCouldTakeItAloneTheFleetIsFull() {
        assertThat(Unserved.reason(stop(2, 1, 100), List.of(van, drone))).isEqualTo(Unserved.Reason.FLEET_FULL);
    }

    private static Stop stop(int location, long weight, long windowEnd) {
        return new Stop("s", location, weight, 0, windowEnd, 0);
    }
}
