package org.grassroots.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.support.MarketFixtures.PASSWORD;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Predicate;
import org.grassroots.catalog.Variant;
import org.grassroots.common.GeoPoint;
import org.grassroots.delivery.application.DeliveryJob;
import org.grassroots.delivery.application.DeliveryPlan;
import org.grassroots.delivery.application.DeliveryPlanner;
import org.grassroots.delivery.application.DeliveryProblem;
import org.grassroots.delivery.application.Fleet;
import org.grassroots.delivery.application.FleetVehicle;
import org.grassroots.delivery.domain.Unserved;
import org.grassroots.delivery.domain.VehicleKind;
import org.grassroots.market.CycleId;
import org.grassroots.market.DeliveryOrder;
import org.grassroots.market.MarketApi;
import org.grassroots.market.OrderStatus;
import org.grassroots.support.IntegrationTest;
import org.grassroots.support.MarketFixtures;
import org.grassroots.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class DeliveriesIntegrationTest {

    /** Homes a few kilometres around the fixture hub (51.45, −2.58). */
    static final GeoPoint[] HOMES = {
        new GeoPoint(51.46, -2.57),
        new GeoPoint(51.44, -2.59),
        new GeoPoint(51.47, -2.60),
        new GeoPoint(51.455, -2.56),
        new GeoPoint(51.43, -2.57),
        new GeoPoint(51.465, -2.585)
    };

    @Autowired
    MarketFixtures fixtures;

    @Autowired
    Fleet fleet;

    @Autowired
    DeliveryPlanner planner;

    @Autowired
    MarketApi market;

    @LocalServerPort
    int port;

    @Test
    void aCyclesDeliveriesArePlannedWithinTheirWindowThenDispatched() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant potatoes = fixtures.variant(m.producer(), "Potatoes", 100, 200); // 500 g packs
        CycleId cycle = fixtures.deliveryCycle(m, potatoes, 4, HOMES); // 2 kg an order
        fleet.add(m.hub().id(), vehicle("Van 1", VehicleKind.VAN, "300", null));
        fleet.add(m.hub().id(), vehicle("Drone", VehicleKind.DRONE, "2.5", "12"));

        long id = planner.start(m.hub().id(), cycle, 2, 3, m.hubManager().id());
        DeliveryJob job = awaitJob(m, id, j -> !j.solving());

        assertThat(job.status()).isEqualTo(DeliveryJob.Status.FINISHED);
        assertThat(job.unserved()).isZero();
        DeliveryPlan plan = planner.plan(m.hub().id(), id);
        List<DeliveryPlan.RouteStop> stops =
                plan.routes().stream().flatMap(r -> r.stops().stream()).toList();
        assertThat(stops).hasSize(HOMES.length);
        DeliveryOrder first = stops.get(0).order();
        assertThat(stops)
                .allSatisfy(s -> assertThat(s.eta()).isBetween(first.windowStart(), first.windowEnd()))
                .allSatisfy(s -> assertThat(s.weightKg()).isEqualByComparingTo("2.00"));
        assertThat(plan.routes())
                .allSatisfy(r -> assertThat(r.back()).isAfter(r.stops().get(0).eta()));

        int sent = planner.dispatch(m.hub().id(), id, null);

        assertThat(sent).isEqualTo(HOMES.length);
        assertThat(market.deliveries(m.hub().id(), cycle))
                .extracting(DeliveryOrder::status)
                .containsOnly(OrderStatus.OUT_FOR_DELIVERY);
        assertThat(planner.plan(m.hub().id(), id).routes()).allMatch(DeliveryPlan.Route::dispatched);
        assertThatThrownBy(() -> planner.dispatch(m.hub().id(), id, null))
                .isInstanceOf(DeliveryProblem.class)
                .hasMessageContaining("Nothing on this route");
        assertThatThrownBy(() ->
                        planner.start(m.hub().id(), cycle, 2, 3, m.hubManager().id()))
                .hasMessageContaining("No delivery orders");
    }

    @Test
    void anOrderTooHeavyForTheFleetIsReportedWithItsReason() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant flour = fixtures.variant(m.producer(), "Flour", 100, 200);
        CycleId cycle = fixtures.deliveryCycle(m, flour, 40, HOMES[0]); // 20 kg
        fleet.add(m.hub().id(), vehicle("Bike", VehicleKind.CARGO_BIKE, "15", null));

        long id = planner.start(m.hub().id(), cycle, 1, 3, m.hubManager().id());
        awaitJob(m, id, j -> !j.solving());

        DeliveryPlan plan = planner.plan(m.hub().id(), id);
        assertThat(plan.routes()).isEmpty();
        assertThat(plan.unserved())
                .singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(Unserved.Reason.TOO_HEAVY));
        assertThatThrownBy(() -> planner.dispatch(m.hub().id(), id, null)).isInstanceOf(DeliveryProblem.class);
    }

    @Test
    void aRunningSolveStopsOnRequestAndKeepsItsBestPlan() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        Variant kale = fixtures.variant(m.producer(), "Kale", 100, 200);
        CycleId cycle = fixtures.deliveryCycle(m, kale, 1, HOMES);
        // 3 kg of orders, 2 kg per van: the search for a plan with one van fewer never ends by itself
        fleet.add(m.hub().id(), vehicle("Van 1", VehicleKind.VAN, "2", null));
        fleet.add(m.hub().id(), vehicle("Van 2", VehicleKind.VAN, "2", null));

        long id = planner.start(m.hub().id(), cycle, 120, 3, m.hubManager().id());
        awaitJob(m, id, j -> j.unserved() != null);
        assertThatThrownBy(() ->
                        planner.start(m.hub().id(), cycle, 5, 3, m.hubManager().id()))
                .hasMessageContaining("being planned already");
        planner.stop(m.hub().id(), id);
        DeliveryJob stopped = awaitJob(m, id, j -> !j.solving());

        assertThat(stopped.status()).isEqualTo(DeliveryJob.Status.STOPPED);
        assertThat(stopped.elapsed(Instant.now())).isLessThan(Duration.ofSeconds(60));
        assertThat(planner.plan(m.hub().id(), id).routes()).hasSize(2);
    }

    @Test
    void aVehicleIsCheckedAsAWholeAndBadInputNamesTheField() throws Exception {
        MarketFixtures.Market m = fixtures.market();
        assertThatThrownBy(() -> fleet.add(m.hub().id(), vehicle("Drone", VehicleKind.DRONE, "3", null)))
                .isInstanceOfSatisfying(
                        DeliveryProblem.class, p -> assertThat(p.field()).isEqualTo("rangeKm"));
        assertThatThrownBy(() -> fleet.add(m.hub().id(), vehicle("Van", VehicleKind.VAN, "0", null)))
                .isInstanceOfSatisfying(
                        DeliveryProblem.class, p -> assertThat(p.field()).isEqualTo("capacityKg"));
        fleet.add(m.hub().id(), vehicle("Van", VehicleKind.VAN, "300", null));
        assertThatThrownBy(() -> fleet.add(m.hub().id(), vehicle("van", VehicleKind.VAN, "300", null)))
                .hasMessageContaining("already has a vehicle called van");
        assertThat(fleet.vehicles(m.hub().id())).hasSize(1);

        WebSession hub = WebSession.signedIn(port, m.hubManager().email(), PASSWORD);
        HttpResponse<String> bad = hub.post(
                "/hub/deliveries/fleet",
                "name=&kind=BOAT&capacityKg=heavy&speedKmh=30&shiftStart=9&shiftEnd=17:00&rangeKm=");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body())
                .contains("Name the vehicle")
                .contains("Choose van, cargo bike or drone.")
                .contains("Enter a number, like 12.5.")
                .contains("Enter a time as HH:MM.");
        assertThat(fleet.vehicles(m.hub().id())).hasSize(1);

        String email = m.hubManager().email();
        HttpResponse<String> api = WebSession.api(
                port,
                "POST",
                "/api/v1/hub/fleet",
                email,
                PASSWORD,
                "{\"name\":\"Drone\",\"kind\":\"DRONE\",\"capacityKg\":3,\"speedKmh\":50,"
                        + "\"shiftStart\":\"09:00\",\"shiftEnd\":\"17:00\"}");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains("rangeKm");
        HttpResponse<String> missing =
                WebSession.api(port, "GET", "/api/v1/hub/deliveries/jobs/999999", email, PASSWORD, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        HttpResponse<String> noOrders = WebSession.api(
                port,
                "POST",
                "/api/v1/hub/deliveries/jobs",
                email,
                PASSWORD,
                "{\"cycle\":" + m.cycle().value() + ",\"seconds\":5}");
        assertThat(noOrders.statusCode()).isEqualTo(400);
        assertThat(noOrders.body()).contains("\"field\":\"cycle\"");
    }

    private DeliveryJob awaitJob(MarketFixtures.Market m, long id, Predicate<DeliveryJob> done)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        DeliveryJob job = planner.job(m.hub().id(), id);
        while (!done.test(job) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            job = planner.job(m.hub().id(), id);
        }
        assertThat(done).as("job %s within 30 s: %s", id, job).accepts(job);
        return job;
    }

    static FleetVehicle vehicle(String name, VehicleKind kind, String capacityKg, String rangeKm) {
        return new FleetVehicle(
                0,
                name,
                kind,
                new BigDecimal(capacityKg),
                new BigDecimal(kind == VehicleKind.DRONE ? "60" : "30"),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                rangeKm == null ? null : new BigDecimal(rangeKm));
    }
}
