package org.grassroots.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.NewProduct;
import org.grassroots.catalog.NewVariant;
import org.grassroots.catalog.UnitKind;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.GeoPoint;
import org.grassroots.common.Money;
import org.grassroots.demo.HouseholdSimulation.Cycle;
import org.grassroots.demo.HouseholdSimulation.FoodClass;
import org.grassroots.demo.HouseholdSimulation.Household;
import org.grassroots.demo.HouseholdSimulation.Item;
import org.grassroots.demo.SeedFiles.EnterpriseSeed;
import org.grassroots.demo.SeedFiles.ProductSeed;
import org.grassroots.identity.IdentityApi;
import org.grassroots.identity.NewUser;
import org.grassroots.identity.Role;
import org.grassroots.identity.UserAccount;
import org.grassroots.market.CycleId;
import org.grassroots.market.FulfilmentKind;
import org.grassroots.market.FulfilmentOption;
import org.grassroots.market.HubFee;
import org.grassroots.market.MarketApi;
import org.grassroots.market.NewCycle;
import org.grassroots.market.NewFulfilment;
import org.grassroots.market.OrderStatus;
import org.grassroots.market.PastOrder;
import org.grassroots.network.Enterprise;
import org.grassroots.network.EnterpriseKind;
import org.grassroots.network.NetworkApi;
import org.grassroots.network.NewEnterprise;
import org.grassroots.network.ProducerType;
import org.springframework.stereotype.Component;

/** Builds the Neoterica market through the modules' facades. Deterministic for a given seed and clock. */
@Component
class NeotericaMarket {

    static final String DEMO_PASSWORD = "grassroots";
    private static final String CURRENCY = "GBP";
    private static final Set<String> MEAT_AND_FISH =
            Set.of("beef", "lamb", "pork", "poultry", "game", "fish", "shellfish");
    private static final Set<String> ANIMAL_PRODUCTS =
            Set.of("milk-cream", "cheese", "yogurt", "butter", "eggs", "honey", "pastry-cakes");
    private static final List<String> FIRST_NAMES = List.of(
            "Amara", "Ben", "Chloe", "Dev", "Elena", "Finn", "Grace", "Hamza", "Isla", "Jack", "Kasia", "Leo", "Maya",
            "Noah", "Olu", "Priya", "Quinn", "Rosa", "Sami", "Tess", "Umar", "Vera", "Will", "Yara", "Zoe", "Aled",
            "Bea", "Ciaran", "Dara", "Esme", "Femi", "Gwen", "Hugo", "Ines", "Jonah", "Kemi");
    private static final List<String> LAST_NAMES = List.of(
            "Adeyemi",
            "Baker",
            "Clarke",
            "Davies",
            "Evans",
            "Fraser",
            "Green",
            "Hughes",
            "Iqbal",
            "Jones",
            "Khan",
            "Lewis",
            "Morgan",
            "Nowak",
            "Okafor",
            "Patel",
            "Quaye",
            "Roberts",
            "Shah",
            "Thomas",
            "Usman",
            "Vaughan",
            "Walsh",
            "Young",
            "Zielinski",
            "Ahmed",
            "Bennett",
            "Cole",
            "Doyle",
            "Ellis");

    /** The producer whose account is producer@neoterica.test. */
    private static final String DOCUMENTED_PRODUCER = "chew-valley-organic";

    private final IdentityApi identity;
    private final NetworkApi network;
    private final CatalogApi catalog;
    private final MarketApi market;
    private final Clock clock;
    private final DemoSettings settings;
    private final DemoSupply demoSupply;

    NeotericaMarket(
            IdentityApi identity,
            NetworkApi network,
            CatalogApi catalog,
            MarketApi market,
            Clock clock,
            DemoSettings settings,
            DemoSupply demoSupply) {
        this.demoSupply = demoSupply;
        this.identity = identity;
        this.network = network;
        this.catalog = catalog;
        this.market = market;
        this.clock = clock;
        this.settings = settings;
    }

    record Summary(int producers, int sellers, int products, int variants, int shoppers, int orders) {}

    Summary generate() {
        Random random = new Random(settings.demoSeed());
        Map<String, Enterprise> enterprises = registerEnterprises();
        List<Enterprise> sellers =
                enterprises.values().stream().filter(e -> e.kind().sells()).toList();
        List<Enterprise> producers = enterprises.values().stream()
                .filter(e -> e.kind() == EnterpriseKind.PRODUCER)
                .toList();
        Map<EnterpriseId, Set<EnterpriseId>> suppliers = permitSales(sellers, producers, random);
        List<UserAccount> shoppers = registerAccounts(enterprises, random);

        List<ProductSeed> seeds = SeedFiles.products();
        List<Item> items = new ArrayList<>();
        List<List<Variant>> variantsOfItem = new ArrayList<>();
        for (ProductSeed seed : seeds) {
            Enterprise producer = enterprises.get(seed.producerKey());
            List<Variant> variants = catalog.addProduct(product(seed, producer, random));
            items.add(new Item(
                    items.size(),
                    seed.popularity(),
                    seed.season(),
                    foodClass(seed),
                    seed.pricePence(),
                    variants.size()));
            variantsOfItem.add(variants);
        }

        Instant now = clock.instant();
        HouseholdSimulation simulation = new HouseholdSimulation(settings.demoSeed(), clock.getZone());
        Map<Cycle, CycleId> cycleIds = new HashMap<>();
        List<List<Cycle>> cyclesOfSeller = new ArrayList<>();
        for (int s = 0; s < sellers.size(); s++) {
            List<Cycle> cycles = weeklyCycles(s, now);
            Enterprise seller = sellers.get(s);
            for (Cycle cycle : cycles) {
                cycleIds.put(
                        cycle,
                        market.createCycle(new NewCycle(
                                seller.id(),
                                cycleName(cycle),
                                cycle.opensAt(),
                                cycle.closesAt(),
                                suppliers.get(seller.id()),
                                seller.kind() == EnterpriseKind.COOP
                                        ? HubFee.NONE
                                        : new HubFee(HubFee.Kind.PERCENT, 500),
                                seller.kind() == EnterpriseKind.COOP ? 0 : 1000,
                                CURRENCY,
                                fulfilment(seller, cycle))));
            }
            cyclesOfSeller.add(cycles);
        }

        List<PastOrder> orders = new ArrayList<>();
        Map<CycleId, List<FulfilmentOption>> optionsOfCycle = new HashMap<>();
        for (int h = 0; h < shoppers.size(); h++) {
            Household household = h == 0
                    ? new Household(0, 0, 3, 0.9, HouseholdSimulation.Diet.OMNIVORE) // the documented demo shopper
                    : simulation.household(h, sellers.size());
            Enterprise seller = sellers.get(household.seller());
            List<Item> offer = items.stream()
                    .filter(i -> suppliers
                            .get(seller.id())
                            .contains(variantsOfItem.get(i.id()).get(0).producer()))
                    .toList();
            for (HouseholdSimulation.Order order :
                    simulation.orders(household, offer, cyclesOfSeller.get(household.seller()), now)) {
                boolean open = order.cycle().closesAt().isAfter(now);
                CycleId cycleId = cycleIds.get(order.cycle());
                orders.add(new PastOrder(
                        cycleId,
                        seller.id(),
                        shoppers.get(h).id(),
                        order.placedAt(),
                        order.cancelled() ? OrderStatus.CANCELLED : open ? OrderStatus.PLACED : OrderStatus.COMPLETED,
                        order.lines().stream()
                                .map(line -> {
                                    Variant v =
                                            variantsOfItem.get(line.item().id()).get(line.variant());
                                    return new PastOrder.Line(
                                            v.id(), v.producer(), v.productName(), line.quantity(), v.price());
                                })
                                .toList(),
                        fulfilment(h, seller, cycleId, open, optionsOfCycle)));
            }
        }
        Enterprise chewValley = enterprises.get(DOCUMENTED_PRODUCER);
        orders.addAll(doubleSubmitted(orders, cyclesOfSeller, cycleIds, chewValley.id()));
        market.importHistory(orders);
        demoSupply.seed(
                chewValley,
                identity.findByEmail("producer@neoterica.test").orElseThrow().id(),
                random);
        int variantCount = variantsOfItem.stream().mapToInt(List::size).sum();
        return new Summary(
                producers.size(), sellers.size(), seeds.size(), variantCount, shoppers.size(), orders.size());
    }

    /**
     * A documented glitch for the anomaly guard: the last closed cycle of the first seller gets
     * three copies of one of its orders with a product of the documented producer, a minute apart,
     * as a flaky connection or a double-clicked button would make them. That producer's Plan page
     * flags the week as a spike with repeat orders.
     */
    private static List<PastOrder> doubleSubmitted(
            List<PastOrder> orders,
            List<List<Cycle>> cyclesOfSeller,
            Map<Cycle, CycleId> cycleIds,
            EnterpriseId documentedProducer) {
        List<Cycle> cycles = cyclesOfSeller.get(0);
        CycleId lastClosed = cycleIds.get(cycles.get(cycles.size() - 2));
        return orders.stream()
                .filter(o -> o.cycle().equals(lastClosed) && o.status() == OrderStatus.COMPLETED)
                .filter(o -> o.lines().stream().anyMatch(l -> l.producer().equals(documentedProducer)))
                .max(Comparator.comparingInt(o -> o.lines().size()))
                .map(o -> IntStream.rangeClosed(1, 3)
                        .mapToObj(copy -> new PastOrder(
                                o.cycle(),
                                o.hub(),
                                o.shopper(),
                                o.placedAt().plusSeconds(60L * copy),
                                o.status(),
                                o.lines(),
                                o.fulfilment()))
                        .toList())
                .orElse(List.of());
    }

    private static final double DELIVERY_SHARE = 0.6;
    private static final List<String> STREETS = List.of(
            "Church Road",
            "High Street",
            "Station Road",
            "Park Avenue",
            "Victoria Street",
            "Mill Lane",
            "Orchard Close",
            "Green Lane",
            "Chapel Row",
            "Elm Grove");
    private static final List<String> DRIVER_NOTES = List.of(
            "",
            "",
            "",
            "Leave it in the porch if nobody answers.",
            "Ring twice, the bell is quiet.",
            "Side gate is open, please leave it by the back door.",
            "Flat 2, top bell.",
            "Please knock, baby asleep after 1 pm.",
            "Can leave with number 12 next door.");

    /**
     * How an order reaches its household. The orders of the open cycle go home with
     * {@link #DELIVERY_SHARE} of households: each lives at a fixed, seeded spot near the centre of a
     * neighbourhood within the hub's delivery radius, and some leave a note for the driver. Every
     * other order is collected at the cycle's pickup point.
     */
    private PastOrder.Fulfilment fulfilment(
            int household,
            Enterprise seller,
            CycleId cycle,
            boolean open,
            Map<CycleId, List<FulfilmentOption>> optionsOfCycle) {
        List<FulfilmentOption> options = optionsOfCycle.computeIfAbsent(cycle, market::fulfilmentOptions);
        PastOrder.Fulfilment delivery = open ? homeDelivery(household, seller, options) : null;
        if (delivery != null) {
            return delivery;
        }
        return options.stream()
                .filter(o -> o.kind() == FulfilmentKind.PICKUP)
                .findFirst()
                .map(o -> PastOrder.Fulfilment.pickup(o.id()))
                .orElse(null);
    }

    private PastOrder.Fulfilment homeDelivery(int household, Enterprise seller, List<FulfilmentOption> options) {
        SplittableRandom random = new SplittableRandom(settings.demoSeed() * 7919L + household);
        if (random.nextDouble() >= DELIVERY_SHARE) {
            return null;
        }
        FulfilmentOption option = options.stream()
                .filter(o -> o.kind() == FulfilmentKind.DELIVERY)
                .findFirst()
                .orElse(null);
        List<Map.Entry<String, GeoPoint>> areas = market.deliveryAreas().entrySet().stream()
                .filter(a -> option != null && a.getValue().distanceKmTo(seller.location()) <= option.radiusKm())
                .toList();
        if (areas.isEmpty()) {
            return null;
        }
        Map.Entry<String, GeoPoint> area = areas.get(random.nextInt(areas.size()));
        GeoPoint home = new GeoPoint(
                area.getValue().latitude() + (random.nextDouble() - 0.5) * 0.008,
                area.getValue().longitude() + (random.nextDouble() - 0.5) * 0.012);
        String address =
                (1 + random.nextInt(120)) + " " + STREETS.get(random.nextInt(STREETS.size())) + ", " + area.getKey();
        return new PastOrder.Fulfilment(
                option.id(), address, home, DRIVER_NOTES.get(random.nextInt(DRIVER_NOTES.size())));
    }

    private Map<String, Enterprise> registerEnterprises() {
        Map<String, Enterprise> byKey = new LinkedHashMap<>();
        for (EnterpriseSeed seed : SeedFiles.enterprises()) {
            byKey.put(
                    seed.key(),
                    network.register(new NewEnterprise(
                            seed.key(),
                            EnterpriseKind.valueOf(seed.kind()),
                            seed.producerType().isEmpty() ? null : ProducerType.valueOf(seed.producerType()),
                            seed.name(),
                            seed.place(),
                            new GeoPoint(seed.latitude(), seed.longitude()),
                            seed.story(),
                            seed.practices(),
                            seed.certifications())));
        }
        return byKey;
    }

    /** The central hub sells for every producer; the others for a seeded selection. */
    private Map<EnterpriseId, Set<EnterpriseId>> permitSales(
            List<Enterprise> sellers, List<Enterprise> producers, Random random) {
        Map<EnterpriseId, Set<EnterpriseId>> suppliers = new HashMap<>();
        for (int s = 0; s < sellers.size(); s++) {
            Enterprise seller = sellers.get(s);
            double share = s == 0 ? 1.0 : 0.6;
            List<Enterprise> chosen =
                    producers.stream().filter(p -> random.nextDouble() < share).toList();
            chosen.forEach(p -> network.permitSales(p.id(), seller.id()));
            suppliers.put(seller.id(), chosen.stream().map(Enterprise::id).collect(Collectors.toSet()));
        }
        return Map.copyOf(suppliers);
    }

    /** Demo accounts for every role, then the simulated households; returns the shoppers, demo shopper first. */
    private List<UserAccount> registerAccounts(Map<String, Enterprise> enterprises, Random random) {
        List<NewUser> staff = new ArrayList<>();
        staff.add(new NewUser("admin@neoterica.test", "Ada Admin", DEMO_PASSWORD, Set.of(Role.ADMIN)));
        staff.add(new NewUser("hub@neoterica.test", "Hana Hub", DEMO_PASSWORD, Set.of(Role.HUB_MANAGER)));
        staff.add(new NewUser("north@neoterica.test", "Niall North", DEMO_PASSWORD, Set.of(Role.HUB_MANAGER)));
        staff.add(new NewUser("coop@neoterica.test", "Cora Coop", DEMO_PASSWORD, Set.of(Role.HUB_MANAGER)));
        Map<String, String> accountOf = new LinkedHashMap<>(Map.of(
                "hub@neoterica.test", "central-hub",
                "north@neoterica.test", "north-hub",
                "coop@neoterica.test", "bedminster-coop"));
        for (Enterprise e : enterprises.values()) {
            if (e.kind() == EnterpriseKind.PRODUCER) {
                String email =
                        e.slug().equals(DOCUMENTED_PRODUCER) ? "producer@neoterica.test" : e.slug() + "@neoterica.test";
                staff.add(new NewUser(email, e.name(), DEMO_PASSWORD, Set.of(Role.PRODUCER)));
                accountOf.put(email, e.slug());
            }
        }
        for (UserAccount account : identity.registerAll(staff)) {
            String key = accountOf.get(account.email());
            if (key != null) {
                network.addMember(enterprises.get(key).id(), account.id());
            }
        }
        List<NewUser> households = new ArrayList<>();
        households.add(new NewUser("shopper@neoterica.test", "Sam Shopper", DEMO_PASSWORD, Set.of(Role.SHOPPER)));
        for (int i = 1; i < settings.demoShoppers(); i++) {
            String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            String email = (first + "." + last + "." + i + "@neoterica.test").toLowerCase(Locale.ROOT);
            households.add(new NewUser(email, first + " " + last, DEMO_PASSWORD, Set.of(Role.SHOPPER)));
        }
        return identity.registerAll(households);
    }

    private static NewProduct product(ProductSeed seed, Enterprise producer, Random random) {
        String code = producerCode(producer.slug());
        int number = Math.abs((seed.name() + producer.slug()).hashCode() % 10_000);
        boolean bakedToOrder = producer.producerType() == ProducerType.BAKERY;
        List<NewVariant> variants = new ArrayList<>();
        Money price = Money.of(seed.pricePence(), CURRENCY);
        BigDecimal size = BigDecimal.valueOf(seed.size());
        variants.add(new NewVariant(
                code + "-" + number, null, seed.unitKind(), size, price, 20 + random.nextInt(180), bakedToOrder));
        if (seed.popularity() >= 4 && seed.unitKind() != UnitKind.ITEMS && seed.size() <= 1000) {
            long largerPence = Math.round(seed.pricePence() * 1.85 / 5.0) * 5;
            BigDecimal larger = size.multiply(BigDecimal.valueOf(2));
            variants.add(new NewVariant(
                    code + "-" + number + "-L",
                    null,
                    seed.unitKind(),
                    larger,
                    Money.of(largerPence, CURRENCY),
                    10 + random.nextInt(90),
                    bakedToOrder));
        }
        return new NewProduct(
                producer.id(),
                seed.name(),
                seed.category(),
                description(seed, producer),
                seed.ingredients(),
                storage(seed.category()),
                shelfLifeDays(seed.category()),
                seed.season(),
                seed.usdaNdb(),
                variants);
    }

    private static String description(ProductSeed seed, Enterprise producer) {
        String season = seed.season().allYear()
                ? "Available all year."
                : "In season from " + monthName(seed.season().from()) + " to "
                        + monthName(seed.season().to()) + ".";
        String practices = producer.practices().isEmpty()
                ? ""
                : " Practices: " + String.join(", ", producer.practices()).replace('-', ' ') + ".";
        return seed.name() + " from " + producer.name() + " in " + producer.place() + ". " + season + practices;
    }

    private static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static String storage(String category) {
        return switch (category) {
            case "milk-cream", "cheese", "yogurt", "butter", "beef", "lamb", "pork", "poultry", "game" ->
                "Keep refrigerated.";
            case "fish", "shellfish" -> "Keep refrigerated at 0 to 4 °C; eat within two days.";
            case "vegetables", "salad-herbs", "mushrooms", "fruit" -> "Store cool; salad and herbs in the fridge.";
            case "bread", "pastry-cakes" -> "Keep in a bread bag or tin; freezes well.";
            default -> "Store in a cool, dry place.";
        };
    }

    private static Integer shelfLifeDays(String category) {
        return switch (category) {
            case "fish", "shellfish" -> 2;
            case "salad-herbs", "mushrooms", "bread", "pastry-cakes" -> 4;
            case "beef", "lamb", "pork", "poultry", "game", "milk-cream", "yogurt" -> 6;
            case "vegetables", "fruit" -> 7;
            case "cheese", "butter", "eggs" -> 21;
            default -> 180;
        };
    }

    private static String producerCode(String slug) {
        StringBuilder code = new StringBuilder();
        for (String part : slug.split("-")) {
            code.append(Character.toUpperCase(part.charAt(0)));
        }
        return code.toString();
    }

    private static FoodClass foodClass(ProductSeed seed) {
        String name = seed.name().toLowerCase(Locale.ROOT);
        if (MEAT_AND_FISH.contains(seed.category())) {
            return FoodClass.MEAT;
        }
        if (ANIMAL_PRODUCTS.contains(seed.category())
                || name.contains("pesto")
                || name.contains("honey")
                || name.contains("egg")
                || name.contains("milk")
                || name.contains("butter")) {
            return FoodClass.VEGETARIAN;
        }
        return FoodClass.PLANT;
    }

    /** The open cycle (the latest Thursday 20:00 until the next) and the weeks before it. */
    private List<Cycle> weeklyCycles(int seller, Instant now) {
        ZonedDateTime local = now.atZone(clock.getZone());
        ZonedDateTime opens = local.with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY))
                .withHour(20)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        if (opens.isAfter(local)) {
            opens = opens.minusWeeks(1);
        }
        List<Cycle> cycles = new ArrayList<>();
        for (int week = settings.demoWeeks(); week >= 0; week--) {
            ZonedDateTime start = opens.minusWeeks(week);
            cycles.add(new Cycle(seller, start.toInstant(), start.plusWeeks(1).toInstant()));
        }
        return cycles;
    }

    /** Pickup at the hub the day after the cycle closes, and van delivery within 8 km the day after. */
    private List<NewFulfilment> fulfilment(Enterprise seller, Cycle cycle) {
        ZonedDateTime closes = cycle.closesAt().atZone(clock.getZone());
        ZonedDateTime pickupFrom = closes.plusDays(1).withHour(16).withMinute(0);
        ZonedDateTime deliveryFrom = closes.plusDays(2).withHour(9).withMinute(0);
        return List.of(
                new NewFulfilment(
                        FulfilmentKind.PICKUP,
                        "Pickup at " + seller.name(),
                        seller.place(),
                        seller.location(),
                        pickupFrom.toInstant(),
                        pickupFrom.plusHours(3).toInstant(),
                        null,
                        0),
                new NewFulfilment(
                        FulfilmentKind.DELIVERY,
                        "Home delivery",
                        "",
                        null,
                        deliveryFrom.toInstant(),
                        deliveryFrom.plusHours(8).toInstant(),
                        8.0,
                        350));
    }

    private String cycleName(Cycle cycle) {
        return "Week of "
                + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
                        .format(cycle.closesAt().atZone(clock.getZone()));
    }
}
