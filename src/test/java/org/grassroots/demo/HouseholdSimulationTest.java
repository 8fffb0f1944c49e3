package org.grassroots.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.catalog.Season;
import org.grassroots.demo.HouseholdSimulation.Cycle;
import org.grassroots.demo.HouseholdSimulation.Diet;
import org.grassroots.demo.HouseholdSimulation.FoodClass;
import org.grassroots.demo.HouseholdSimulation.Household;
import org.grassroots.demo.HouseholdSimulation.Item;
import org.grassroots.demo.HouseholdSimulation.Order;
import org.junit.jupiter.api.Test;

class HouseholdSimulationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final List<Item> offer = List.of(
            new Item(0, 5, Season.ALL_YEAR, FoodClass.VEGETARIAN, 220, 2), // milk
            new Item(1, 5, Season.ALL_YEAR, FoodClass.PLANT, 420, 1), // bread
            new Item(2, 4, Season.ALL_YEAR, FoodClass.MEAT, 595, 1), // mince
            new Item(3, 5, new Season(Month.JUNE, Month.AUGUST), FoodClass.PLANT, 350, 1), // strawberries
            new Item(4, 3, Season.ALL_YEAR, FoodClass.PLANT, 180, 1), // carrots
            new Item(5, 2, Season.ALL_YEAR, FoodClass.VEGETARIAN, 495, 1)); // cheddar

    private final List<Cycle> cycles = weeklyCycles(26);

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertThat(describe(simulate(42))).isEqualTo(describe(simulate(42)));
        assertThat(describe(simulate(42))).isNotEqualTo(describe(simulate(43)));
    }

    @Test
    void householdsBuyTheirStaplesAgainAndAgain() {
        List<Order> orders = simulate(7);
        Map<Integer, Long> timesBought = orders.stream()
                .flatMap(o -> o.lines().stream())
                .collect(Collectors.groupingBy(l -> l.item().id(), Collectors.counting()));
        long mostBought = timesBought.values().stream().max(Long::compare).orElse(0L);

        assertThat(orders).hasSizeGreaterThan(10);
        assertThat(mostBought).isGreaterThanOrEqualTo(orders.size() / 2);
    }

    @Test
    void veganHouseholdsNeverBuyAnimalProducts() {
        HouseholdSimulation simulation = new HouseholdSimulation(1, LONDON);
        Household vegan = new Household(1, 0, 2, 0.9, Diet.VEGAN);

        List<Order> orders = simulation.orders(vegan, offer, cycles, NOW);

        assertThat(orders).isNotEmpty();
        assertThat(orders)
                .flatMap(Order::lines)
                .allSatisfy(line -> assertThat(line.item().foodClass()).isEqualTo(FoodClass.PLANT));
    }

    @Test
    void outOfSeasonProduceIsNeverBought() {
        List<Order> orders = simulate(3);

        for (Order order : orders) {
            Month month = order.cycle().opensAt().atZone(LONDON).getMonth();
            assertThat(order.lines())
                    .allSatisfy(line ->
                            assertThat(line.item().season().includes(month)).isTrue());
        }
    }

    @Test
    void ordersFallInsideTheirCycleAndNeverInTheFuture() {
        for (Order order : simulate(5)) {
            assertThat(order.placedAt()).isAfterOrEqualTo(order.cycle().opensAt());
            assertThat(order.placedAt()).isBefore(order.cycle().closesAt());
            assertThat(order.placedAt()).isBefore(NOW);
        }
    }

    private List<Order> simulate(long seed) {
        HouseholdSimulation simulation = new HouseholdSimulation(seed, LONDON);
        return simulation.orders(new Household(1, 0, 4, 0.9, Diet.OMNIVORE), offer, cycles, NOW);
    }

    private static List<String> describe(List<Order> orders) {
        Function<Order, String> line = o -> o.placedAt() + " "
                + o.lines().stream()
                        .map(l -> l.item().id() + "x" + l.quantity() + "v" + l.variant())
                        .toList();
        return orders.stream().map(line).toList();
    }

    private static List<Cycle> weeklyCycles(int weeks) {
        List<Cycle> cycles = new ArrayList<>();
        Instant opens = NOW.minus(Duration.ofDays(2));
        for (int w = weeks; w >= 0; w--) {
            Instant start = opens.minus(Duration.ofDays(7L * w));
            cycles.add(new Cycle(0, start, start.plus(Duration.ofDays(7))));
        }
        return cycles;
    }
}
