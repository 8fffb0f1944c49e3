package org.grassroots.shopper.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * The personal shopper of one hub: the next-basket model learned from its households' orders,
 * plus what each suggestion needs to explain itself and to be put in a basket (how often the
 * household bought the item, how many it usually takes, which pack).
 *
 * <p>Households and items are dense ints, as in {@link Baskets}. Plain Java and deterministic.
 */
public final class PersonalShopper {

    /** How many of a household's latest orders "bought in 6 of your last 8 orders" looks at. */
    public static final int RECENT_ORDERS = 10;

    /** One past order of a household, as the model learns from it. */
    public record PastBasket(Instant placedAt, List<Line> lines) {

        public PastBasket {
            lines = List.copyOf(lines);
        }
    }

    /** One line of a past order: the item, the exact pack (variant) and how many. */
    public record Line(int item, long variant, int quantity) {}

    /**
     * The household's own habit with an item.
     *
     * @param orders how many of the household's orders the model learned from
     * @param recentOrders how many of those are counted as recent (at most {@link #RECENT_ORDERS})
     * @param recentWithItem how many of the recent orders had the item
     * @param ordersWithItem how many of all its orders had the item
     * @param lastBought when it last bought the item; null if never
     * @param usualQuantity the median quantity of its latest orders with the item; 1 if never bought
     * @param usualVariant the pack it took the last time; 0 if never bought
     */
    public record Habit(
            int orders,
            int recentOrders,
            int recentWithItem,
            int ordersWithItem,
            Instant lastBought,
            int usualQuantity,
            long usualVariant) {

        public boolean bought() {
            return ordersWithItem > 0;
        }
    }

    /**
     * A suggestion with the evidence behind each part of its score.
     *
     * @param similarHouseholds how many households the neighbour part was learned from
     * @param similarBuying how many of them bought the item
     */
    public record Suggestion(Scored scored, Habit habit, int similarHouseholds, int similarBuying) {

        public int item() {
            return scored.item();
        }
    }

    private final TifuKnn model;
    private final List<List<PastBasket>> histories;
    private final Baskets baskets;

    private PersonalShopper(TifuKnn model, List<List<PastBasket>> histories, Baskets baskets) {
        this.model = model;
        this.histories = histories;
        this.baskets = baskets;
    }

    /**
     * @param histories for each household, its orders oldest first
     * @param items item ids are below this
     */
    public static PersonalShopper learn(List<List<PastBasket>> histories, int items, TifuKnn.Params params) {
        List<List<PastBasket>> copy = histories.stream().map(List::copyOf).toList();
        List<List<int[]>> itemBaskets = copy.stream()
                .map(orders -> orders.stream()
                        .map(o -> o.lines().stream().mapToInt(Line::item).toArray())
                        .toList())
                .toList();
        Baskets baskets = Baskets.of(itemBaskets, items);
        return new PersonalShopper(TifuKnn.fit(baskets, params), copy, baskets);
    }

    public int households() {
        return histories.size();
    }

    /**
     * The best {@code k} eligible items for the household, explained.
     *
     * @param household a learned household, or {@link TifuKnn#NEW_HOUSEHOLD}
     * @param preference a bonus factor per item (see {@link TifuKnn#recommend(int, int, IntPredicate,
     *     IntToDoubleFunction)}); null for none
     */
    public List<Suggestion> suggest(int household, int k, IntPredicate eligible, IntToDoubleFunction preference) {
        int[] neighbours = model.neighbours(household);
        List<Scored> scored = model.recommend(household, neighbours, k, eligible, preference);
        List<Suggestion> suggestions = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            int buying = 0;
            for (int n : neighbours) {
                buying += bought(n, s.item()) ? 1 : 0;
            }
            suggestions.add(new Suggestion(s, habit(household, s.item()), neighbours.length, buying));
        }
        return suggestions;
    }

    /** The household's habit with the item; an unknown household has bought nothing. */
    public Habit habit(int household, int item) {
        List<PastBasket> orders = history(household);
        int recent = Math.min(RECENT_ORDERS, orders.size());
        int recentWith = 0;
        int with = 0;
        Instant last = null;
        long variant = 0;
        List<Integer> quantities = new ArrayList<>();
        for (int o = orders.size() - 1; o >= 0; o--) {
            int quantity = 0;
            long pack = 0;
            for (Line line : orders.get(o).lines()) {
                if (line.item() == item) {
                    quantity += line.quantity();
                    pack = pack == 0 ? line.variant() : pack;
                }
            }
            if (quantity == 0) {
                continue;
            }
            with++;
            recentWith += o >= orders.size() - recent ? 1 : 0;
            if (last == null) {
                last = orders.get(o).placedAt();
                variant = pack;
            }
            if (quantities.size() < 5) {
                quantities.add(quantity);
            }
        }
        return new Habit(orders.size(), recent, recentWith, with, last, median(quantities), variant);
    }

    /** How many different items the household's recent orders held, as a median; 0 without orders. */
    public int usualBasketSize(int household) {
        List<PastBasket> orders = history(household);
        List<Integer> sizes = new ArrayList<>();
        for (int o = orders.size() - 1; o >= 0 && sizes.size() < RECENT_ORDERS; o--) {
            sizes.add((int) orders.get(o).lines().stream()
                    .mapToInt(Line::item)
                    .distinct()
                    .count());
        }
        return sizes.isEmpty() ? 0 : median(sizes);
    }

    /** The household's own learned weight of each item it bought, highest first. */
    public Map<Integer, Double> profile(int household) {
        return household == TifuKnn.NEW_HOUSEHOLD ? Map.of() : model.profile(household);
    }

    /** The household's orders the model learned from, oldest first. */
    public List<PastBasket> history(int household) {
        return household == TifuKnn.NEW_HOUSEHOLD ? List.of() : histories.get(household);
    }

    /** How many households with similar baskets the household's suggestions learn from. */
    public int similarHouseholds(int household) {
        return model.neighbours(household).length;
    }

    /** The share of all households that bought the item, 0 to 1. */
    public double popularity(int item) {
        return model.popularity(item);
    }

    private boolean bought(int household, int item) {
        for (int[] basket : baskets.of(household)) {
            if (Arrays.binarySearch(basket, item) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int median(List<Integer> values) {
        if (values.isEmpty()) {
            return 1;
        }
        int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        return sorted[(sorted.length - 1) / 2];
    }
}
