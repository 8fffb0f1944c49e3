package org.grassroots.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.grassroots.catalog.Season;

/**
 * Simulates how households shop week by week, so the demo market has a plausible history for
 * recommendations and forecasts. Plain Java and deterministic for a given seed.
 *
 * <p>Each household has a size, a weekly chance of ordering, a diet and a set of staples it buys
 * again and again (each with its own repeat rate). Every order adds a few in-season items,
 * favouring popular ones and produce with a short season. Larger households buy more and pick
 * bigger packs.
 */
final class HouseholdSimulation {

    enum Diet {
        OMNIVORE,
        VEGETARIAN,
        VEGAN
    }

    /** What a product demands of a diet: plant-based, vegetarian (dairy, eggs, honey) or meat and fish. */
    enum FoodClass {
        PLANT,
        VEGETARIAN,
        MEAT;

        boolean fits(Diet diet) {
            return switch (diet) {
                case OMNIVORE -> true;
                case VEGETARIAN -> this != MEAT;
                case VEGAN -> this == PLANT;
            };
        }
    }

    /** A product on offer; {@code variants} holds one or two packs, smallest first. */
    record Item(int id, int popularity, Season season, FoodClass foodClass, long pricePence, int variants) {}

    record Household(int id, int seller, int size, double weeklyChance, Diet diet) {}

    /** A weekly sales window of one seller. */
    record Cycle(int seller, Instant opensAt, Instant closesAt) {}

    record Line(Item item, int variant, int quantity) {}

    record Order(Household household, Cycle cycle, Instant placedAt, boolean cancelled, List<Line> lines) {}

    private record Staple(Item item, double repeatChance, int baseQuantity) {}

    private final Random random;
    private final ZoneId zone;

    HouseholdSimulation(long seed, ZoneId zone) {
        this.random = new Random(seed);
        this.zone = zone;
    }

    Household household(int id, int sellers) {
        double s = random.nextDouble();
        int size = s < 0.25 ? 1 : s < 0.60 ? 2 : s < 0.75 ? 3 : s < 0.93 ? 4 : 5;
        double h = random.nextDouble();
        int seller = sellers == 1 ? 0 : h < 0.55 ? 0 : h < 0.85 ? 1 % sellers : 2 % sellers;
        double d = random.nextDouble();
        Diet diet = d < 0.07 ? Diet.VEGAN : d < 0.22 ? Diet.VEGETARIAN : Diet.OMNIVORE;
        return new Household(id, seller, size, 0.45 + 0.5 * random.nextDouble(), diet);
    }

    /**
     * Orders of one household over the given cycles of its seller. Orders in a cycle that is still
     * open at {@code now} are placed before {@code now}, and only with the chance that the elapsed
     * part of the cycle gives.
     */
    List<Order> orders(Household household, List<Item> offer, List<Cycle> cycles, Instant now) {
        List<Item> allowed =
                offer.stream().filter(i -> i.foodClass().fits(household.diet())).toList();
        List<Staple> staples = staples(household, allowed);
        List<Order> orders = new ArrayList<>();
        for (Cycle cycle : cycles) {
            if (!cycle.opensAt().isBefore(now)) {
                continue;
            }
            boolean open = cycle.closesAt().isAfter(now);
            double elapsed = open ? fraction(cycle.opensAt(), now, cycle.closesAt()) : 1.0;
            if (random.nextDouble() >= household.weeklyChance() * elapsed) {
                continue;
            }
            Month month = LocalDate.ofInstant(cycle.opensAt(), zone).getMonth();
            List<Line> lines = basket(household, staples, allowed, month);
            if (lines.isEmpty()) {
                continue;
            }
            Instant end = open ? now : cycle.closesAt();
            long window = Duration.between(cycle.opensAt(), end).toSeconds();
            Instant placedAt = cycle.opensAt().plusSeconds((long) (window * (0.05 + 0.9 * random.nextDouble())));
            boolean cancelled = !open && random.nextDouble() < 0.02;
            orders.add(new Order(household, cycle, placedAt, cancelled, lines));
        }
        return orders;
    }

    private List<Staple> staples(Household household, List<Item> allowed) {
        int count = 5 + random.nextInt(8);
        List<Item> pool = new ArrayList<>(allowed);
        List<Staple> staples = new ArrayList<>();
        while (staples.size() < count && !pool.isEmpty()) {
            Item item = pickWeighted(pool, i -> {
                double w = i.popularity() * i.popularity();
                return i.season().allYear() ? w * 2 : w;
            });
            pool.remove(item);
            int base = 1 + (household.size() >= 4 && random.nextDouble() < 0.4 ? 1 : 0);
            staples.add(new Staple(item, 0.45 + 0.5 * random.nextDouble(), base));
        }
        return staples;
    }

    private List<Line> basket(Household household, List<Staple> staples, List<Item> allowed, Month month) {
        List<Line> lines = new ArrayList<>();
        Set<Integer> chosen = new HashSet<>();
        for (Staple staple : staples) {
            if (staple.item().season().includes(month) && random.nextDouble() < staple.repeatChance()) {
                lines.add(line(household, staple.item(), staple.baseQuantity()));
                chosen.add(staple.item().id());
            }
        }
        List<Item> inSeason = allowed.stream()
                .filter(i -> i.season().includes(month) && !chosen.contains(i.id()))
                .collect(Collectors.toCollection(ArrayList::new));
        int extras = 1 + random.nextInt(3) + (household.size() >= 3 ? random.nextInt(2) : 0);
        for (int n = 0; n < extras && !inSeason.isEmpty(); n++) {
            Item item = pickWeighted(inSeason, i -> i.popularity() * (i.season().allYear() ? 1.0 : 2.5));
            inSeason.remove(item);
            lines.add(line(household, item, 1));
        }
        return lines;
    }

    private Line line(Household household, Item item, int baseQuantity) {
        int variant = item.variants() > 1 && household.size() >= 3 && random.nextDouble() < 0.7 ? 1 : 0;
        int quantity = baseQuantity;
        if (item.pricePence() < 1500) {
            quantity += household.size() >= 3 && random.nextDouble() < 0.35 ? 1 : 0;
            quantity += household.size() >= 5 && random.nextDouble() < 0.3 ? 1 : 0;
        }
        return new Line(item, variant, Math.min(quantity, 4));
    }

    private Item pickWeighted(List<Item> items, ToDoubleFunction<Item> weight) {
        double total = items.stream().mapToDouble(weight).sum();
        double r = random.nextDouble() * total;
        for (Item item : items) {
            r -= weight.applyAsDouble(item);
            if (r <= 0) {
                return item;
            }
        }
        return items.get(items.size() - 1);
    }

    private static double fraction(Instant start, Instant now, Instant end) {
        return (double) Duration.between(start, now).toSeconds()
                / Duration.between(start, end).toSeconds();
    }
}
