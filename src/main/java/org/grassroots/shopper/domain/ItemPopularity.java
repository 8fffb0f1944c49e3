package org.grassroots.shopper.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** How many households bought each item, and the items ranked by it (ties by lower id). */
final class ItemPopularity {

    private final int[] households;
    private final int[] ranked;
    private final int total;

    private ItemPopularity(int[] households, int total) {
        this.households = households;
        this.total = Math.max(1, total);
        this.ranked = IntStream.range(0, households.length)
                .boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> -households[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    static ItemPopularity of(Baskets baskets) {
        int[] counts = new int[baskets.items()];
        int[] lastSeen = new int[baskets.items()];
        Arrays.fill(lastSeen, -1);
        for (int h = 0; h < baskets.households(); h++) {
            for (int[] basket : baskets.of(h)) {
                for (int item : basket) {
                    if (lastSeen[item] != h) {
                        lastSeen[item] = h;
                        counts[item]++;
                    }
                }
            }
        }
        return new ItemPopularity(counts, baskets.households());
    }

    /** Items, most households first. Do not modify. */
    int[] ranked() {
        return ranked;
    }

    /** The share of households that bought the item. */
    double share(int item) {
        return (double) households[item] / total;
    }

    /** Orders the more popular item first, then the lower id. */
    int compare(int a, int b) {
        return households[a] != households[b] ? Integer.compare(households[b], households[a]) : Integer.compare(a, b);
    }
}
