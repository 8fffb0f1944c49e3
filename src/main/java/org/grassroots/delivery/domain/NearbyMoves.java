package org.grassroots.delivery.domain;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Moves between stops that are close to each other, which is where good routes change: relocating a
 * stop next to one of its nearest neighbours, and exchanging two routes' tails after neighbouring
 * stops (2-opt*; within one route, a 2-opt reversal). Random moves between far-apart stops almost
 * always break a time window, so most of the search time would be spent rejecting them.
 */
public class NearbyMoves implements MoveIteratorFactory<RoutePlan, Move<RoutePlan>> {

    /** How many nearest neighbours each stop considers. */
    static final int NEIGHBOURS = 12;

    private static final String STOPS = "stops";

    private Map<Stop, Stop[]> nearest = Map.of();

    @Override
    public void phaseStarted(ScoreDirector<RoutePlan> scoreDirector) {
        RoutePlan plan = scoreDirector.getWorkingSolution();
        TravelMatrix travel = plan.getVehicles().get(0).travel();
        List<Stop> stops = plan.getStops();
        int[][] near = travel.nearest(stops.stream().mapToInt(Stop::location).toArray(), NEIGHBOURS);
        Map<Stop, Stop[]> byStop = new IdentityHashMap<>();
        for (int i = 0; i < near.length; i++) {
            byStop.put(stops.get(i), IntStream.of(near[i]).mapToObj(stops::get).toArray(Stop[]::new));
        }
        nearest = byStop;
    }

    @Override
    public void phaseEnded(ScoreDirector<RoutePlan> scoreDirector) {
        nearest = Map.of();
    }

    @Override
    public long getSize(ScoreDirector<RoutePlan> scoreDirector) {
        return (long) scoreDirector.getWorkingSolution().getStops().size() * NEIGHBOURS * 3;
    }

    @Override
    public Iterator<Move<RoutePlan>> createOriginalMoveIterator(ScoreDirector<RoutePlan> scoreDirector) {
        throw new UnsupportedOperationException("Nearby moves are only selected at random.");
    }

    @Override
    public Iterator<Move<RoutePlan>> createRandomMoveIterator(ScoreDirector<RoutePlan> scoreDirector, Random random) {
        List<Stop> stops = scoreDirector.getWorkingSolution().getStops();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !stops.isEmpty();
            }

            @Override
            public Move<RoutePlan> next() {
                Stop a = stops.get(random.nextInt(stops.size()));
                Stop[] near = nearest.get(a);
                Stop b = near.length == 0 ? a : near[random.nextInt(near.length)];
                return random.nextBoolean() ? new Relocate(a, b, random.nextBoolean()) : new TailExchange(a, b);
            }
        };
    }

    /** Moves stop {@code a} to just after (or before) stop {@code b}. */
    static final class Relocate implements Move<RoutePlan> {
        private final Stop a;
        private final Stop b;
        private final boolean after;

        Relocate(Stop a, Stop b, boolean after) {
            this.a = a;
            this.b = b;
            this.after = after;
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<RoutePlan> director) {
            if (a == b || !a.assigned() || !b.assigned()) {
                return false;
            }
            if (a.getVehicle() != b.getVehicle()) {
                return true;
            }
            int from = a.getIndex();
            int to = b.getIndex() + (after ? 1 : 0);
            return to != from && to != from + 1;
        }

        @Override
        public void doMoveOnly(ScoreDirector<RoutePlan> director) {
            Vehicle source = a.getVehicle();
            Vehicle target = b.getVehicle();
            int from = a.getIndex();
            int to = b.getIndex() + (after ? 1 : 0);
            if (source == target) {
                int first = Math.min(from, to);
                int last = from < to ? to : from + 1;
                director.beforeListVariableChanged(source, STOPS, first, last);
                List<Stop> route = source.getStops();
                route.add(from < to ? to - 1 : to, route.remove(from));
                director.afterListVariableChanged(source, STOPS, first, last);
            } else {
                director.beforeListVariableChanged(source, STOPS, from, from + 1);
                Stop moved = source.getStops().remove(from);
                director.afterListVariableChanged(source, STOPS, from, from);
                director.beforeListVariableChanged(target, STOPS, to, to);
                target.getStops().add(to, moved);
                director.afterListVariableChanged(target, STOPS, to, to + 1);
            }
            director.triggerVariableListeners();
        }

        @Override
        public String describe() {
            return "Relocate(" + a + (after ? " after " : " before ") + b + ")";
        }
    }

    /**
     * Between two routes, {@code a} continues with what followed {@code b} and {@code b} with what
     * followed {@code a}; within one route, the stretch between them is reversed (2-opt).
     */
    static final class TailExchange implements Move<RoutePlan> {
        private final Stop a;
        private final Stop b;

        TailExchange(Stop a, Stop b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<RoutePlan> director) {
            if (a == b || !a.assigned() || !b.assigned()) {
                return false;
            }
            if (a.getVehicle() == b.getVehicle()) {
                return Math.abs(a.getIndex() - b.getIndex()) > 1;
            }
            return a.getIndex() + 1 < a.getVehicle().getStops().size()
                    || b.getIndex() + 1 < b.getVehicle().getStops().size();
        }

        @Override
        public void doMoveOnly(ScoreDirector<RoutePlan> director) {
            Vehicle va = a.getVehicle();
            Vehicle vb = b.getVehicle();
            int ia = a.getIndex();
            int ib = b.getIndex();
            if (va == vb) {
                int first = Math.min(ia, ib) + 1;
                int last = Math.max(ia, ib) + 1;
                director.beforeListVariableChanged(va, STOPS, first, last);
                Collections.reverse(va.getStops().subList(first, last));
                director.afterListVariableChanged(va, STOPS, first, last);
            } else {
                List<Stop> ra = va.getStops();
                List<Stop> rb = vb.getStops();
                int sizeA = ra.size();
                int sizeB = rb.size();
                director.beforeListVariableChanged(va, STOPS, ia + 1, sizeA);
                director.beforeListVariableChanged(vb, STOPS, ib + 1, sizeB);
                List<Stop> tailA = new ArrayList<>(ra.subList(ia + 1, sizeA));
                List<Stop> tailB = new ArrayList<>(rb.subList(ib + 1, sizeB));
                ra.subList(ia + 1, sizeA).clear();
                rb.subList(ib + 1, sizeB).clear();
                ra.addAll(tailB);
                rb.addAll(tailA);
                director.afterListVariableChanged(va, STOPS, ia + 1, ra.size());
                director.afterListVariableChanged(vb, STOPS, ib + 1, rb.size());
            }
            director.triggerVariableListeners();
        }

        @Override
        public String describe() {
            return "TailExchange(" + a + ", " + b + ")";
        }
    }
}
