package org.grassroots.delivery.domain;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Takes vehicles off the road with an ejection pool (Nagata and Bräysy, "A powerful route
 * minimization heuristic for the vehicle routing problem with time windows", 2009). One route is
 * taken away and its stops go into a pool; they are put back into the other routes one at a time.
 * A stop that fits nowhere goes in where the stops it pushes out (at most five, all from one route)
 * have the lowest sum of penalties, where a stop's penalty counts how often it could not be placed;
 * the pushed-out stops join the pool, and a short random walk of feasible moves between nearby stops
 * shakes the routes before the next one. When the pool is empty the plan has one vehicle fewer and
 * the next route goes; when time runs out first, the plan stays as it was before that route.
 *
 * <p>Local search alone cannot do this well: "Vehicles used" only changes when a route's last stop
 * leaves, so it gives the search no slope towards an empty route. Vans and bikes only: drone trips
 * and unserved orders are left to the local search.
 */
final class RouteMinimiser implements PhaseCommand<RoutePlan> {

    /** The most stops one insertion may push out of its route. */
    static final int MAX_EJECTED = 5;
    /** Random feasible moves tried after each ejection. */
    static final int SHAKE_MOVES = 1000;
    /** How many nearest stops the random walk pairs a stop with. */
    static final int NEIGHBOURS = 20;

    private static final long NEVER = Long.MIN_VALUE / 4;
    private static final long CHECK_EVERY = (1 << 16) - 1;
    private static final String STOPS = "stops";

    @Override
    public void changeWorkingSolution(ScoreDirector<RoutePlan> director, BooleanSupplier terminated) {
        RoutePlan plan = director.getWorkingSolution();
        if (plan.routeMinimisation().isZero()) {
            return;
        }
        long deadline = System.nanoTime() + plan.routeMinimisation().toNanos();
        BooleanSupplier done = () -> terminated.getAsBoolean() || System.nanoTime() >= deadline;
        Search search = new Search(plan, new Random(0), done);
        while (search.deleteRoute()) {
            search.writeTo(director);
        }
    }

    /** One route on one van or bike: its stops, when it leaves each, and how late it may reach each. */
    private static final class Route {
        final Vehicle vehicle;
        int[] stops;
        long load;
        /** departure[i]: when service at stops[i] ends. */
        long[] departure;
        /** latest[i]: the latest arrival at stops[i] that keeps the rest of the route on time; latest[n] is the shift end. */
        long[] latest;

        Route(Vehicle vehicle, int[] stops) {
            this.vehicle = vehicle;
            this.stops = stops;
        }

        Route copy() {
            return new Route(vehicle, stops.clone());
        }
    }

    private static final class Search {
        private final Stop[] stop;
        private final int[] location;
        private final long[] weight;
        private final long[] windowStart;
        private final long[] windowEnd;
        private final long[] service;
        private final int[][] nearest;
        private final Random random;
        private final BooleanSupplier terminated;
        private final List<Vehicle> roadVehicles = new ArrayList<>();
        private final int fewestRoutes;
        private final long[] penalty;
        /** The route each stop is on, or null while it waits in the pool. */
        private final Route[] routeOf;
        /** Its position on that route. */
        private final int[] positionOf;

        private List<Route> routes = new ArrayList<>();
        private final Deque<Integer> pool = new ArrayDeque<>();

        /** The highest penalty in this attempt: no ejection search looks past five times it. */
        private long maxPenalty;
        /** Search nodes visited, to check for the end of the time now and then. */
        private long visited;
        /** The time ran out in the middle of an ejection search. */
        private boolean stopped;

        // The best ejection found so far for the stop being inserted.
        private long bestSum;
        private Insertion best;
        private boolean[] bestEjected;

        Search(RoutePlan plan, Random random, BooleanSupplier terminated) {
            this.random = random;
            this.terminated = terminated;
            List<Stop> stops = plan.getStops();
            int n = stops.size();
            stop = stops.toArray(Stop[]::new);
            location = new int[n];
            weight = new long[n];
            windowStart = new long[n];
            windowEnd = new long[n];
            service = new long[n];
            penalty = new long[n];
            routeOf = new Route[n];
            positionOf = new int[n];
            Map<Stop, Integer> index = new IdentityHashMap<>();
            for (int i = 0; i < n; i++) {
                Stop s = stop[i];
                index.put(s, i);
                location[i] = s.location();
                weight[i] = s.weight();
                windowStart[i] = s.windowStart();
                windowEnd[i] = s.windowEnd();
                service[i] = s.serviceTime();
            }
            for (Vehicle vehicle : plan.getVehicles()) {
                if (vehicle.kind().flies()) {
                    continue;
                }
                roadVehicles.add(vehicle);
                if (vehicle.used()) {
                    int[] sequence =
                            vehicle.getStops().stream().mapToInt(index::get).toArray();
                    Route route = new Route(vehicle, sequence);
                    routes.add(route);
                    refresh(route);
                }
            }
            fewestRoutes = fewestRoutes(
                    roadVehicles, routes.stream().mapToLong(r -> r.load).sum());
            nearest = routes.isEmpty()
                    ? new int[n][]
                    : routes.get(0).vehicle.travel().nearest(location, NEIGHBOURS);
        }

        /**
         * The fewest vans and bikes that can carry a load at all: the largest capacities first, until
         * they add up to it. No search takes a plan below it, so there is no point trying.
         */
        private static int fewestRoutes(List<Vehicle> vehicles, long load) {
            long[] capacities =
                    vehicles.stream().mapToLong(Vehicle::capacity).sorted().toArray();
            int count = 0;
            for (int i = capacities.length - 1; i >= 0 && load > 0; i--) {
                load -= capacities[i];
                count++;
            }
            return Math.max(1, count);
        }

        /**
         * Tries to take one route off the road; true when it did, false when time ran out first or
         * the routes left cannot carry less.
         */
        boolean deleteRoute() {
            if (routes.size() <= fewestRoutes || terminated.getAsBoolean()) {
                return false;
            }
            List<Route> before = routes.stream().map(Route::copy).toList();
            Route removed = routes.remove(random.nextInt(routes.size()));
            for (int s : removed.stops) {
                routeOf[s] = null;
                pool.push(s);
            }
            Arrays.fill(penalty, 1);
            maxPenalty = 1;
            while (!pool.isEmpty()) {
                if (stopped || terminated.getAsBoolean()) {
                    pool.clear();
                    routes = new ArrayList<>(before);
                    routes.forEach(this::refresh);
                    return false;
                }
                int s = pool.pop();
                if (insertAnywhere(s)) {
                    continue;
                }
                penalty[s]++;
                maxPenalty = Math.max(maxPenalty, penalty[s]);
                if (!insertEjecting(s)) {
                    pool.addLast(s);
                }
                shake();
            }
            return true;
        }

        /** Puts a stop at a random place where it fits without breaking anything. */
        private boolean insertAnywhere(int s) {
            Route chosen = null;
            int chosenAt = -1;
            int found = 0;
            for (Route route : routes) {
                if (route.load + weight[s] > route.vehicle.capacity()) {
                    continue;
                }
                for (int at = 0; at <= route.stops.length; at++) {
                    if (fits(route, s, at) && random.nextInt(++found) == 0) {
                        chosen = route;
                        chosenAt = at;
                    }
                }
            }
            if (chosen == null) {
                return false;
            }
            chosen.stops = inserted(chosen.stops, s, chosenAt);
            refresh(chosen);
            return true;
        }

        /** Whether the stop fits between positions at−1 and at of the route, on time and back by shift end. */
        private boolean fits(Route route, int s, int at) {
            Vehicle v = route.vehicle;
            long leave = at == 0 ? v.shiftStart() : route.departure[at - 1];
            int from = at == 0 ? 0 : location[route.stops[at - 1]];
            long arrival = leave + v.travel().time(from, location[s]);
            if (arrival > windowEnd[s]) {
                return false;
            }
            int to = at == route.stops.length ? 0 : location[route.stops[at]];
            long next =
                    Math.max(arrival, windowStart[s]) + service[s] + v.travel().time(location[s], to);
            return next <= route.latest[at];
        }

        /**
         * Puts the stop where the stops pushed out to make room have the lowest penalty sum, and sends
         * them to the pool; false when no place takes it even after pushing out {@link #MAX_EJECTED}.
         */
        private boolean insertEjecting(int s) {
            best = null;
            int first = random.nextInt(routes.size());
            long most = MAX_EJECTED * maxPenalty;
            for (long bound = 1; ; bound *= 2) {
                bestSum = Math.min(bound, most) + 1;
                for (int r = 0; r < routes.size(); r++) {
                    Route route = routes.get((first + r) % routes.size());
                    for (int at = 0; at <= route.stops.length; at++) {
                        new Insertion(route, s, at).search(0, 0, route.vehicle.shiftStart(), 0, 0, 0);
                    }
                }
                if (best != null || stopped || bound >= most) {
                    break;
                }
            }
            if (best == null || stopped) {
                return false;
            }
            int kept = 0;
            int[] remaining = new int[best.sequence.length];
            for (int i = 0; i < best.sequence.length; i++) {
                if (bestEjected[i]) {
                    routeOf[best.sequence[i]] = null;
                    pool.push(best.sequence[i]);
                } else {
                    remaining[kept++] = best.sequence[i];
                }
            }
            best.route.stops = Arrays.copyOf(remaining, kept);
            refresh(best.route);
            return true;
        }

        /** One place to put a stop in a route, and the search for the stops to push out there. */
        private final class Insertion {
            final Route route;
            final int stop;
            final int[] sequence;
            final long[] latest;
            final boolean[] ejected;

            Insertion(Route route, int stop, int at) {
                this.route = route;
                this.stop = stop;
                this.sequence = inserted(route.stops, stop, at);
                this.latest = latest(route.vehicle, sequence);
                this.ejected = new boolean[sequence.length];
            }

            /**
             * Depth first over the sequence from position i (the depot at the end), keeping or pushing
             * out each stop in turn. A branch ends as soon as the rest of the route is on time without
             * further ejections, since more would only raise the penalty sum; branches that cannot beat
             * the best sum are cut.
             */
            void search(int i, int from, long leave, int count, long sum, long ejectedLoad) {
                if ((++visited & CHECK_EVERY) == 0 && terminated.getAsBoolean()) {
                    stopped = true;
                }
                if (sum >= bestSum || stopped) {
                    return;
                }
                Vehicle v = route.vehicle;
                boolean atDepot = i == sequence.length;
                int s = atDepot ? -1 : sequence[i];
                long arrival = leave + v.travel().time(from, atDepot ? 0 : location[s]);
                if (route.load + weight[stop] - ejectedLoad <= v.capacity() && arrival <= latest[i]) {
                    bestSum = sum;
                    best = this;
                    bestEjected = ejected.clone();
                    return;
                }
                if (atDepot || count == MAX_EJECTED) {
                    return;
                }
                if (arrival <= windowEnd[s]) {
                    search(i + 1, location[s], Math.max(arrival, windowStart[s]) + service[s], count, sum, ejectedLoad);
                }
                if (s != stop && sum + penalty[s] < bestSum) {
                    ejected[i] = true;
                    search(i + 1, from, leave, count + 1, sum + penalty[s], ejectedLoad + weight[s]);
                    ejected[i] = false;
                }
            }
        }

        /** A random walk of feasible relocations and tail exchanges between nearby stops. */
        private void shake() {
            for (int move = 0; move < SHAKE_MOVES && routes.size() > 1; move++) {
                int u = random.nextInt(stop.length);
                if (routeOf[u] == null || nearest[u] == null) {
                    continue;
                }
                int w = nearest[u][random.nextInt(nearest[u].length)];
                if (routeOf[w] == null) {
                    continue;
                }
                if (random.nextBoolean()) {
                    relocate(u, w);
                } else if (routeOf[u] != routeOf[w]) {
                    exchangeTails(u, w);
                }
            }
        }

        /** Moves u to just after w (or just before it, at random), when both routes stay feasible. */
        private void relocate(int u, int w) {
            Route source = routeOf[u];
            Route target = routeOf[w];
            int[] without = removed(source.stops, positionOf[u]);
            int[] into = source == target ? without : target.stops;
            int wAt = indexOf(into, w);
            int[] with = inserted(into, u, random.nextBoolean() ? wAt + 1 : wAt);
            if (source == target) {
                if (feasible(source.vehicle, with)) {
                    source.stops = with;
                    refresh(source);
                }
                return;
            }
            if (feasible(target.vehicle, with) && feasible(source.vehicle, without)) {
                target.stops = with;
                source.stops = without;
                refresh(target);
                refreshOrDrop(source);
            }
        }

        /** 2-opt*: u's route continues with w and the rest of w's route, and w's route with the rest of u's. */
        private void exchangeTails(int u, int w) {
            Route a = routeOf[u];
            Route b = routeOf[w];
            int ua = positionOf[u];
            int wb = positionOf[w];
            int[] newA = concat(a.stops, 0, ua + 1, b.stops, wb);
            int[] newB = concat(b.stops, 0, wb, a.stops, ua + 1);
            if (feasible(a.vehicle, newA) && feasible(b.vehicle, newB)) {
                a.stops = newA;
                b.stops = newB;
                refreshOrDrop(a);
                refreshOrDrop(b);
            }
        }

        private void refreshOrDrop(Route route) {
            if (route.stops.length == 0) {
                routes.remove(route);
            } else {
                refresh(route);
            }
        }

        /** Whether a van or bike can drive the sequence: load, every window, and back by shift end. */
        private boolean feasible(Vehicle v, int[] sequence) {
            long load = 0;
            long leave = v.shiftStart();
            int from = 0;
            for (int s : sequence) {
                load += weight[s];
                long arrival = leave + v.travel().time(from, location[s]);
                if (arrival > windowEnd[s]) {
                    return false;
                }
                leave = Math.max(arrival, windowStart[s]) + service[s];
                from = location[s];
            }
            return load <= v.capacity() && leave + v.travel().time(from, 0) <= v.shiftEnd();
        }

        /** Recomputes a route's load, departures and latest arrivals after its stops changed. */
        private void refresh(Route route) {
            Vehicle v = route.vehicle;
            int[] stops = route.stops;
            route.departure = new long[stops.length];
            long leave = v.shiftStart();
            int from = 0;
            long load = 0;
            for (int i = 0; i < stops.length; i++) {
                int s = stops[i];
                routeOf[s] = route;
                positionOf[s] = i;
                load += weight[s];
                long arrival = leave + v.travel().time(from, location[s]);
                leave = Math.max(arrival, windowStart[s]) + service[s];
                route.departure[i] = leave;
                from = location[s];
            }
            route.load = load;
            route.latest = latest(v, stops);
        }

        /** For each position, the latest arrival that keeps the rest of the sequence on time. */
        private long[] latest(Vehicle v, int[] sequence) {
            long[] latest = new long[sequence.length + 1];
            latest[sequence.length] = v.shiftEnd();
            for (int i = sequence.length - 1; i >= 0; i--) {
                int s = sequence[i];
                int to = i + 1 == sequence.length ? 0 : location[sequence[i + 1]];
                long bound = latest[i + 1] == NEVER
                        ? NEVER
                        : latest[i + 1] - v.travel().time(location[s], to) - service[s];
                latest[i] = bound == NEVER || windowStart[s] > bound ? NEVER : Math.min(windowEnd[s], bound);
            }
            return latest;
        }

        /** Replaces the plan's van and bike routes with this search's, telling Timefold what changed. */
        void writeTo(ScoreDirector<RoutePlan> director) {
            Map<Vehicle, Route> byVehicle = new IdentityHashMap<>();
            routes.forEach(route -> byVehicle.put(route.vehicle, route));
            for (Vehicle vehicle : roadVehicles) {
                int size = vehicle.getStops().size();
                director.beforeListVariableChanged(vehicle, STOPS, 0, size);
                vehicle.getStops().clear();
                director.afterListVariableChanged(vehicle, STOPS, 0, 0);
            }
            for (Route route : routes) {
                List<Stop> stops = route.vehicle.getStops();
                director.beforeListVariableChanged(route.vehicle, STOPS, 0, 0);
                for (int s : route.stops) {
                    stops.add(stop[s]);
                }
                director.afterListVariableChanged(route.vehicle, STOPS, 0, stops.size());
            }
            director.triggerVariableListeners();
        }

        private static int[] inserted(int[] stops, int s, int at) {
            int[] result = new int[stops.length + 1];
            System.arraycopy(stops, 0, result, 0, at);
            result[at] = s;
            System.arraycopy(stops, at, result, at + 1, stops.length - at);
            return result;
        }

        private static int[] removed(int[] stops, int at) {
            int[] result = new int[stops.length - 1];
            System.arraycopy(stops, 0, result, 0, at);
            System.arraycopy(stops, at + 1, result, at, stops.length - at - 1);
            return result;
        }

        private static int[] concat(int[] head, int from, int to, int[] tail, int tailFrom) {
            int[] result = new int[to - from + tail.length - tailFrom];
            System.arraycopy(head, from, result, 0, to - from);
            System.arraycopy(tail, tailFrom, result, to - from, tail.length - tailFrom);
            return result;
        }

        private static int indexOf(int[] stops, int s) {
            for (int i = 0; i < stops.length; i++) {
                if (stops[i] == s) {
                    return i;
                }
            }
            return -1;
        }
    }
}
