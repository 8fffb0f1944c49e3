package org.grassroots.shopper.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The two baselines of the next-basket literature. G-TopFreq recommends the most popular items
 * to everyone; P-TopFreq recommends each household's own most frequent items, padded with
 * popular ones when its history is short.
 */
public final class TopFrequency implements NextBasketModel {

    private final Baskets baskets;
    private final boolean personal;
    private final ItemPopularity popularity;

    private TopFrequency(Baskets baskets, boolean personal) {
        this.baskets = baskets;
        this.personal = personal;
        this.popularity = ItemPopularity.of(baskets);
    }

    public static TopFrequency global(Baskets baskets) {
        return new TopFrequency(baskets, false);
    }

    public static TopFrequency personal(Baskets baskets) {
        return new TopFrequency(baskets, true);
    }

    @Override
    public String name() {
        return personal ? "p-topfreq" : "g-topfreq";
    }

    @Override
    public List<Scored> recommend(int household, int k) {
        List<Scored> picked = new ArrayList<>(k);
        boolean[] taken = new boolean[baskets.items()];
        if (personal) {
            int[][] own = baskets.of(household);
            int[] counts = new int[baskets.items()];
            List<Integer> bought = new ArrayList<>();
            for (int[] basket : own) {
                for (int item : basket) {
                    if (counts[item]++ == 0) {
                        bought.add(item);
                    }
                }
            }
            // most often first; ties go to the more popular item, then the lower id
            bought.sort((a, b) ->
                    counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : popularity.compare(a, b));
            for (int item : bought.subList(0, Math.min(k, bought.size()))) {
                double share = (double) counts[item] / own.length;
                picked.add(Scored.of(item, share, 0, 0));
                taken[item] = true;
            }
        }
        for (int item : popularity.ranked()) {
            if (picked.size() >= k) {
                break;
            }
            if (!taken[item]) {
                picked.add(Scored.of(item, 0, 0, 0));
            }
        }
        return picked;
    }
}
