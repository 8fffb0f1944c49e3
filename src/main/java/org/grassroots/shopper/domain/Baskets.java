package org.grassroots.shopper.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every household's baskets in time order, oldest first. Households and items are dense ints
 * from 0, so models can keep per-item and per-household state in plain arrays.
 */
public final class Baskets {

    private final int[][][] byHousehold;
    private final int items;

    private Baskets(int[][][] byHousehold, int items) {
        this.byHousehold = byHousehold;
        this.items = items;
    }

    /**
     * @param histories for each household (index = household), its baskets oldest first; each
     *     basket's items are deduplicated and sorted here
     * @param items item ids are below this
     */
    public static Baskets of(List<List<int[]>> histories, int items) {
        int[][][] copy = new int[histories.size()][][];
        for (int h = 0; h < copy.length; h++) {
            List<int[]> baskets = histories.get(h);
            List<int[]> kept = new ArrayList<>(baskets.size());
            for (int[] basket : baskets) {
                int[] distinct = Arrays.stream(basket).distinct().sorted().toArray();
                for (int item : distinct) {
                    if (item < 0 || item >= items) {
                        throw new IllegalArgumentException("item " + item + " outside 0.." + (items - 1));
                    }
                }
                if (distinct.length > 0) {
                    kept.add(distinct);
                }
            }
            copy[h] = kept.toArray(int[][]::new);
        }
        return new Baskets(copy, items);
    }

    public int households() {
        return byHousehold.length;
    }

    public int items() {
        return items;
    }

    /** The household's baskets, oldest first. Do not modify. */
    public int[][] of(int household) {
        return byHousehold[household];
    }
}
