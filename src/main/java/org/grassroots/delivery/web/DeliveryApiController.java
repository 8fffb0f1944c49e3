package org.grassroots.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.grassroots.delivery.application.DeliveryJob;
import org.grassroots.delivery.application.DeliveryPlan;
import org.grassroots.delivery.application.DeliveryPlanner;
import org.grassroots.delivery.application.Fleet;
import org.grassroots.delivery.application.FleetVehicle;
import org.grassroots.delivery.domain.VehicleKind;
import org.grassroots.market.CycleId;
import org.grassroots.network.CurrentAccount;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Delivery planning for integrators: the fleet, solving jobs with their progress, plans and dispatch. */
@RestController
@RequestMapping("/api/v1/hub")
@Tag(name = "Deliveries", description = "Fleet, route planning and dispatch for the signed-in hub")
class DeliveryApiController {

    private final DeliveryPlanner planner;
    private final Fleet fleet;
    private final CurrentAccount account;

    DeliveryApiController(DeliveryPlanner planner, Fleet fleet, CurrentAccount account) {
        this.planner = planner;
        this.fleet = fleet;
        this.account = account;
    }

    /** A vehicle to add: capacityKg is a drone's payload per trip; rangeKm only for drones. */
    record VehicleRequest(
            String name,
            VehicleKind kind,
            BigDecimal capacityKg,
            BigDecimal speedKmh,
            LocalTime shiftStart,
            LocalTime shiftEnd,
            BigDecimal rangeKm) {}

    /** What to solve. */
    record SolveRequest(long cycle, Integer seconds, Integer serviceMinutes) {}

    /** A stop of a route as the API shows it. */
    record StopJson(int position, long order, String address, double latitude, double longitude, String eta) {}

    record RouteJson(long vehicle, String name, String kind, double distanceKm, String loadKg, List<StopJson> stops) {}

    record UnservedJson(long order, String reason) {}

    record PlanJson(DeliveryJob job, List<RouteJson> routes, List<UnservedJson> unserved) {}

    @GetMapping("/fleet")
    @Operation(summary = "The hub's vehicles in service")
    List<FleetVehicle> vehicles() {
        return fleet.vehicles(account.seller().id());
    }

    @PostMapping("/fleet")
    @Operation(summary = "Add a vehicle; capacityKg is a drone's payload per trip, rangeKm only for drones")
    ResponseEntity<Map<String, Long>> addVehicle(@RequestBody VehicleRequest v) {
        long id = fleet.add(
                account.seller().id(),
                new FleetVehicle(
                        0,
                        v.name(),
                        v.kind(),
                        v.capacityKg(),
                        v.speedKmh(),
                        v.shiftStart(),
                        v.shiftEnd(),
                        v.rangeKm()));
        return ResponseEntity.created(URI.create("/api/v1/hub/fleet/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/deliveries/jobs")
    @Operation(summary = "Start solving a cycle's deliveries; poll the job for progress")
    ResponseEntity<DeliveryJob> solve(@RequestBody SolveRequest request) {
        long id = planner.start(
                account.seller().id(),
                new CycleId(request.cycle()),
                request.seconds() == null ? 10 : request.seconds(),
                request.serviceMinutes() == null ? 3 : request.serviceMinutes(),
                account.user());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/hub/deliveries/jobs/" + id))
                .body(planner.job(account.seller().id(), id));
    }

    @GetMapping("/deliveries/jobs/{id}")
    @Operation(summary = "A job's status, best score and totals so far")
    DeliveryJob job(@PathVariable long id) {
        return planner.job(account.seller().id(), id);
    }

    @PostMapping("/deliveries/jobs/{id}/stop")
    @Operation(summary = "Stop a running solve; the best plan so far is kept")
    DeliveryJob stop(@PathVariable long id) {
        planner.stop(account.seller().id(), id);
        return planner.job(account.seller().id(), id);
    }

    @GetMapping("/deliveries/jobs/{id}/plan")
    @Operation(summary = "A job's routes (stop order and ETA) and unserved orders with their reason")
    PlanJson plan(@PathVariable long id) {
        DeliveryPlan plan = planner.plan(account.seller().id(), id);
        return new PlanJson(
                plan.job(),
                plan.routes().stream()
                        .map(r -> new RouteJson(
                                r.vehicle().id(),
                                r.vehicle().name(),
                                r.vehicle().kind().name(),
                                r.distanceKm(),
                                r.loadKg().toPlainString(),
                                r.stops().stream()
                                        .map(s -> new StopJson(
                                                s.position(),
                                                s.order().id(),
                                                s.order().address(),
                                                s.order().location().latitude(),
                                                s.order().location().longitude(),
                                                s.eta().toString()))
                                        .toList()))
                        .toList(),
                plan.unserved().stream()
                        .map(u -> new UnservedJson(
                                u.order().id(),
                                u.reason() == null ? null : u.reason().name()))
                        .toList());
    }

    @PostMapping("/deliveries/jobs/{id}/dispatch")
    @Operation(
            summary = "Send a plan's routes out (one vehicle's with ?vehicle=): their orders become out for delivery")
    Map<String, Integer> dispatch(@PathVariable long id, @RequestParam(required = false) Long vehicle) {
        return Map.of("dispatched", planner.dispatch(account.seller().id(), id, vehicle));
    }
}
