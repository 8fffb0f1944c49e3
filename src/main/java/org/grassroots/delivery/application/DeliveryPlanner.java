package org.grassroots.delivery.application;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.UnitKind;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.GeoPoint;
import org.grassroots.common.UserId;
import org.grassroots.common.VariantId;
import org.grassroots.delivery.domain.RoutePlan;
import org.grassroots.delivery.domain.RouteSolver;
import org.grassroots.delivery.domain.Stop;
import org.grassroots.delivery.domain.TravelMatrix;
import org.grassroots.delivery.domain.TravelTimes;
import org.grassroots.delivery.domain.Unserved;
import org.grassroots.delivery.domain.Vehicle;
import org.grassroots.delivery.persistence.FleetStore;
import org.grassroots.delivery.persistence.JobStore;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleId;
import org.grassroots.market.DeliveryOrder;
import org.grassroots.market.MarketApi;
import org.grassroots.market.OrderLine;
import org.grassroots.network.NetworkApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans a cycle's deliveries: builds the routing problem from the orders and the fleet, solves it
 * asynchronously with Timefold while persisting progress, explains any order no vehicle can take,
 * and dispatches routes.
 */
@Service
public class DeliveryPlanner {

    static final int MAX_SECONDS = 600;
    static final int MAX_SERVICE_MINUTES = 120;
    /** What a pack sold by count weighs on average (a lettuce, a box of six eggs): an estimate for loading. */
    static final int GRAMS_PER_COUNTED_PACK = 400;
    /** How often a running solve writes its best plan so far. */
    private static final long PROGRESS_EVERY_MILLIS = 1000;
    /** A job still SOLVING this long after its limit ran out lost the node that ran it. */
    private static final Duration GRACE = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(DeliveryPlanner.class);

    private final MarketApi market;
    private final CatalogApi catalog;
    private final NetworkApi network;
    private final FleetStore fleet;
    private final JobStore jobs;
    private final SolverManager<RoutePlan, Long> solver;
    private final TravelTimes travel;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeliveryPlanner(
            MarketApi market,
            CatalogApi catalog,
            NetworkApi network,
            FleetStore fleet,
            JobStore jobs,
            SolverManager<RoutePlan, Long> solver,
            TravelTimes travel,
            TransactionTemplate transaction,
            Clock clock) {
        this.market = market;
        this.catalog = catalog;
        this.network = network;
        this.fleet = fleet;
        this.jobs = jobs;
        this.solver = solver;
        this.travel = travel;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The routing problem and what it needs to turn a solution back into orders and times. */
    record Problem(RoutePlan plan, Instant base, Map<Long, BigDecimal> weightKg) {

        Instant at(long seconds) {
            return base.plusSeconds(seconds);
        }
    }

    /** The cycle's delivery orders still to go out, oldest first. */
    public List<DeliveryOrder> waiting(EnterpriseId hub, CycleId cycle) {
        return orders(hub, cycle).stream()
                .filter(DeliveryOrder::awaitingDispatch)
                .toList();
    }

    /**
     * Starts solving the cycle's deliveries that are still to go out with the hub's fleet.
     *
     * @return the job's id; its progress is persisted as it runs
     */
    public long start(EnterpriseId hub, CycleId cycle, int seconds, int serviceMinutes, UserId by) {
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw DeliveryProblem.invalid("seconds", "Give the solver from 1 to " + MAX_SECONDS + " seconds.");
        }
        if (serviceMinutes < 0 || serviceMinutes > MAX_SERVICE_MINUTES) {
            throw DeliveryProblem.invalid(
                    "serviceMinutes", "Minutes at each door must be from 0 to " + MAX_SERVICE_MINUTES + ".");
        }
        List<DeliveryOrder> orders = waiting(hub, cycle);
        if (orders.isEmpty()) {
            throw DeliveryProblem.invalid("cycle", "No delivery orders of this cycle are waiting to go out.");
        }
        List<FleetVehicle> vehicles = fleet.active(hub);
        if (vehicles.isEmpty()) {
            throw DeliveryProblem.invalid("fleet", "Add at least one vehicle to the fleet first.");
        }
        if (job(hub, cycle).filter(DeliveryJob::solving).isPresent()) {
            throw DeliveryProblem.conflict("cycle", "This cycle is being planned already: wait for it or stop it.");
        }
        Problem problem = problem(hub, orders, vehicles, serviceMinutes);
        Instant now = clock.instant();
        long id = transaction.execute(status -> {
            long job = jobs.insert(hub, cycle, seconds, serviceMinutes, orders.size(), by, now);
            jobs.insertStops(
                    job,
                    problem.weightKg().entrySet().stream()
                            .map(e -> new JobStore.StopRow(e.getKey(), null, null, null, e.getValue(), null, null))
                            .toList());
            return job;
        });
        Duration limit = Duration.ofSeconds(seconds);
        RouteSolver.budget(problem.plan(), limit);
        AtomicLong lastWrite = new AtomicLong();
        solver.solveBuilder()
                .withProblemId(id)
                .withProblem(problem.plan())
                .withConfigOverride(new SolverConfigOverride<RoutePlan>()
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(limit)))
                .withBestSolutionConsumer(solution -> {
                    long millis = System.currentTimeMillis();
                    if (millis - lastWrite.get() >= PROGRESS_EVERY_MILLIS) {
                        lastWrite.set(millis);
                        record(id, problem, solution, false);
                    }
                })
                .withFinalBestSolutionConsumer(solution -> finish(id, problem, solution))
                .withExceptionHandler((job, e) -> {
                    log.warn("Delivery plan {} failed", id, e);
                    jobs.fail(id, String.valueOf(e.getMessage()), clock.instant());
                })
                .run();
        return id;
    }

    private void finish(long job, Problem problem, RoutePlan solution) {
        record(job, problem, solution, true);
        jobs.finish(job, clock.instant());
    }

    /** Asks a running solve to stop; it keeps the best plan found so far. */
    public void stop(EnterpriseId hub, long job) {
        if (!jobs.requestStop(hub, job)) {
            throw DeliveryProblem.conflict("job", "This plan is not being solved any more.");
        }
        solver.terminateEarly(job);
    }

    /** The cycle's latest plan, if any. */
    public Optional<DeliveryJob> job(EnterpriseId hub, CycleId cycle) {
        jobs.abandon(clock.instant().minus(GRACE).minusSeconds(MAX_SECONDS), clock.instant());
        return jobs.latest(hub, cycle);
    }

    public DeliveryJob job(EnterpriseId hub, long id) {
        return jobs.find(hub, id).orElseThrow(() -> DeliveryProblem.notFound("This plan"));
    }

    /** A plan's routes with their orders, and the orders no vehicle takes with the reason. */
    public DeliveryPlan plan(EnterpriseId hub, long id) {
        DeliveryJob job = job(hub, id);
        Map<Long, DeliveryOrder> orders =
                orders(hub, job.cycle()).stream().collect(Collectors.toMap(DeliveryOrder::id, Function.identity()));
        GeoPoint depot = hubLocation(hub);
        Map<Long, List<JobStore.StopRow>> byVehicle = new HashMap<>();
        List<DeliveryPlan.UnservedOrder> unserved = new ArrayList<>();
        for (JobStore.StopRow row : jobs.stops(id)) {
            DeliveryOrder order = orders.get(row.orderId());
            if (order == null) {
                continue; // cancelled since the plan was made
            }
            if (row.vehicleId() == null) {
                unserved.add(new DeliveryPlan.UnservedOrder(
                        order,
                        row.weightKg(),
                        row.unservedReason() == null ? null : Unserved.Reason.valueOf(row.unservedReason())));
            } else {
                byVehicle
                        .computeIfAbsent(row.vehicleId(), v -> new ArrayList<>())
                        .add(row);
            }
        }
        List<DeliveryPlan.Route> routes = new ArrayList<>();
        byVehicle.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            FleetVehicle vehicle = fleet.find(hub, e.getKey()).orElseThrow();
            List<DeliveryPlan.RouteStop> stops = e.getValue().stream()
                    .map(r -> new DeliveryPlan.RouteStop(
                            r.position(), orders.get(r.orderId()), r.eta(), r.weightKg(), r.dispatchedAt()))
                    .toList();
            routes.add(route(vehicle, depot, stops, job.serviceMinutes()));
        });
        return new DeliveryPlan(job, depot, routes, unserved);
    }

    /** Sends a plan's routes out (one vehicle's, or all when {@code vehicle} is null). */
    @Transactional
    public int dispatch(EnterpriseId hub, long id, Long vehicle) {
        DeliveryJob job = job(hub, id);
        if (!job.hasPlan()) {
            throw DeliveryProblem.conflict("job", "Only a finished plan can be dispatched.");
        }
        List<Long> orders = jobs.stops(id).stream()
                .filter(s -> s.vehicleId() != null && s.dispatchedAt() == null)
                .filter(s -> vehicle == null || vehicle.equals(s.vehicleId()))
                .map(JobStore.StopRow::orderId)
                .toList();
        if (orders.isEmpty()) {
            throw DeliveryProblem.conflict("vehicle", "Nothing on this route is left to dispatch.");
        }
        List<Long> sent = market.dispatch(hub, orders);
        jobs.markDispatched(id, sent, clock.instant());
        return sent.size();
    }

    private List<DeliveryOrder> orders(EnterpriseId hub, CycleId cycle) {
        Cycle found = market.cycle(cycle)
                .filter(c -> c.hub().equals(hub))
                .orElseThrow(() -> DeliveryProblem.notFound("This order cycle"));
        return market.deliveries(hub, found.id());
    }

    private GeoPoint hubLocation(EnterpriseId hub) {
        return network.find(hub).orElseThrow().location();
    }

    /** The delivery day is the day the first order's window opens; shifts are on that day. */
    private Problem problem(
            EnterpriseId hub, List<DeliveryOrder> orders, List<FleetVehicle> vehicles, int serviceMinutes) {
        ZoneId zone = clock.getZone();
        LocalDate day = orders.get(0).windowStart().atZone(zone).toLocalDate();
        Instant base = day.atStartOfDay(zone).toInstant();
        List<GeoPoint> places = new ArrayList<>();
        places.add(hubLocation(hub));
        orders.forEach(o -> places.add(o.location()));
        Map<Long, BigDecimal> weights = weights(orders);
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            DeliveryOrder o = orders.get(i);
            stops.add(new Stop(
                    String.valueOf(o.id()),
                    i + 1,
                    grams(weights.get(o.id())),
                    seconds(base, o.windowStart()),
                    seconds(base, o.windowEnd()),
                    serviceMinutes * 60L));
        }
        Map<String, TravelMatrix> matrices = new HashMap<>();
        List<Vehicle> fleetPlan = vehicles.stream()
                .map(v -> new Vehicle(
                        String.valueOf(v.id()),
                        v.kind(),
                        grams(v.capacityKg()),
                        grams(v.capacityKg()),
                        v.rangeKm() == null
                                ? Long.MAX_VALUE
                                : v.rangeKm().multiply(BigDecimal.valueOf(1000)).longValue(),
                        seconds(base, at(day, v.shiftStart(), zone)),
                        seconds(base, at(day, v.shiftEnd(), zone)),
                        matrices.computeIfAbsent(
                                v.kind() + "@" + v.speedKmh(),
                                k -> travel.matrix(
                                        places, v.kind(), v.speedKmh().doubleValue()))))
                .toList();
        return new Problem(new RoutePlan(fleetPlan, stops, RoutePlan.Objective.VEHICLES_FIRST), base, weights);
    }

    /** Records a solution: totals, each stop's vehicle, place and ETA, and (at the end) why any is unserved. */
    private void record(long job, Problem problem, RoutePlan solution, boolean last) {
        List<JobStore.StopRow> rows = new ArrayList<>();
        long distance = 0;
        long travelSeconds = 0;
        int used = 0;
        for (Vehicle vehicle : solution.getVehicles()) {
            if (!vehicle.used()) {
                continue;
            }
            used++;
            distance += vehicle.distance();
            travelSeconds += vehicle.travelTime();
            List<Stop> route = vehicle.getStops();
            for (int i = 0; i < route.size(); i++) {
                Stop stop = route.get(i);
                long order = Long.parseLong(stop.getId());
                rows.add(new JobStore.StopRow(
                        order,
                        Long.valueOf(vehicle.getId()),
                        i + 1,
                        problem.at(stop.serviceStart()),
                        problem.weightKg().get(order),
                        null,
                        null));
            }
        }
        List<Stop> unassigned = solution.unassigned();
        for (Stop stop : unassigned) {
            long order = Long.parseLong(stop.getId());
            rows.add(new JobStore.StopRow(
                    order,
                    null,
                    null,
                    null,
                    problem.weightKg().get(order),
                    last ? Unserved.reason(stop, solution.getVehicles()).name() : null,
                    null));
        }
        JobStore.Totals totals = new JobStore.Totals(
                String.valueOf(solution.getScore()), unassigned.size(), used, distance, travelSeconds);
        transaction.executeWithoutResult(status -> jobs.progress(job, totals, rows, clock.instant()));
    }

    private Map<Long, BigDecimal> weights(List<DeliveryOrder> orders) {
        List<VariantId> ids = orders.stream()
                .flatMap(o -> o.lines().stream())
                .map(OrderLine::variant)
                .distinct()
                .toList();
        Map<VariantId, Variant> variants =
                catalog.variants(ids).stream().collect(Collectors.toMap(Variant::id, Function.identity()));
        Map<Long, BigDecimal> weights = new HashMap<>();
        for (DeliveryOrder o : orders) {
            long grams = 0;
            for (OrderLine line : o.lines()) {
                Variant v = variants.get(line.variant());
                long each = v == null || v.unitKind() == UnitKind.ITEMS
                        ? GRAMS_PER_COUNTED_PACK
                        : v.unitValue().longValue(); // grams, or millilitres of about a gram each
                grams += each * line.quantity();
            }
            weights.put(o.id(), BigDecimal.valueOf(grams).movePointLeft(3).setScale(2, RoundingMode.HALF_UP));
        }
        return weights;
    }

    private DeliveryPlan.Route route(
            FleetVehicle vehicle, GeoPoint depot, List<DeliveryPlan.RouteStop> stops, int serviceMinutes) {
        List<GeoPoint> places = new ArrayList<>();
        places.add(depot);
        stops.forEach(s -> places.add(s.order().location()));
        TravelMatrix matrix =
                travel.matrix(places, vehicle.kind(), vehicle.speedKmh().doubleValue());
        long metres = Vehicle.tour(matrix, vehicle.kind(), i -> i + 1, stops.size(), false);
        DeliveryPlan.RouteStop last = stops.get(stops.size() - 1);
        Instant back = last.eta().plusSeconds(serviceMinutes * 60L + matrix.time(stops.size(), 0));
        BigDecimal load = stops.stream().map(DeliveryPlan.RouteStop::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new DeliveryPlan.Route(vehicle, stops, metres / 1000.0, load, back);
    }

    private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    private static long seconds(Instant base, Instant at) {
        return Duration.between(base, at).toSeconds();
    }

    private static long grams(BigDecimal kg) {
        return kg.multiply(BigDecimal.valueOf(1000))
                .setScale(0, RoundingMode.HALF_UP)
                .longValue();
    }
}
