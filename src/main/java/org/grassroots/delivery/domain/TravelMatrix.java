package org.grassroots.delivery.domain;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Distances and travel times between a plan's locations for one way of moving, precomputed so the
 * solver reads them in constant time. Location 0 is the depot.
 */
public final class TravelMatrix {

    private final long[][] distance;
    private final long[][] time;

    private TravelMatrix(long[][] distance, long[][] time) {
        this.distance = distance;
        this.time = time;
    }

    /** Fills the matrix from a distance function, with times as distance divided by a speed (rounded up). */
    public static TravelMatrix of(int size, Distances distanceOf, double distancePerTick) {
        long[][] distance = new long[size][size];
        long[][] time = new long[size][size];
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                distance[a][b] = a == b ? 0 : distanceOf.between(a, b);
                time[a][b] = (long) Math.ceil(distance[a][b] / distancePerTick);
            }
        }
        return new TravelMatrix(distance, time);
    }

    /**
     * A matrix whose time equals its distance, each rounded up to whole ticks: rounding up means a
     * route the solver finds on time is on time with the exact distances too.
     */
    public static TravelMatrix euclidean(double[] x, double[] y, double ticksPerUnit) {
        int size = x.length;
        long[][] distance = new long[size][size];
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                distance[a][b] = (long) Math.ceil(Math.hypot(x[a] - x[b], y[a] - y[b]) * ticksPerUnit);
            }
        }
        return new TravelMatrix(distance, distance);
    }

    /** The distance from one location to another. */
    @FunctionalInterface
    public interface Distances {
        long between(int from, int to);
    }

    /**
     * For each of the given locations, the positions in {@code locations} of the {@code count} others
     * nearest to it, nearest first (ties in the given order).
     */
    int[][] nearest(int[] locations, int count) {
        int[][] nearest = new int[locations.length][];
        for (int i = 0; i < locations.length; i++) {
            int self = i;
            int from = locations[i];
            nearest[i] = IntStream.range(0, locations.length)
                    .filter(j -> j != self)
                    .boxed()
                    .sorted(Comparator.comparingLong(j -> distance(from, locations[j])))
                    .limit(count)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        return nearest;
    }

    public long distance(int from, int to) {
        return distance[from][to];
    }

    public long time(int from, int to) {
        return time[from][to];
    }

    public int size() {
        return distance.length;
    }
}
