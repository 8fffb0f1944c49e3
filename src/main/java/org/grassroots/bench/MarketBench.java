package org.grassroots.bench;

import java.io.PrintStream;
import java.io.StringReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.ImportReport;
import org.grassroots.catalog.Variant;
import org.grassroots.common.GeoPoint;
import org.grassroots.identity.IdentityApi;
import org.grassroots.identity.NewUser;
import org.grassroots.identity.Role;
import org.grassroots.identity.UserAccount;
import org.grassroots.market.CycleId;
import org.grassroots.market.FulfilmentKind;
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
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The marketplace benchmark: a market with many products in one open cycle and thousands of
 * orders, then shopfront list and search latency, checkout throughput on a few hot variants (and
 * whether anything was oversold), a 10,000-row CSV import and the packing reports, all through
 * the real HTTP endpoints.
 */
public final class MarketBench {

    public record Options(int products, int orders, int clients, long seed) {}

    public record Result(
            double listP50,
            double listP95,
            double listP99,
            double searchP50,
            double searchP95,
            double searchP99,
            double apiSearchP95,
            double checkoutOrdersPerSecond,
            int ordersPlaced,
            int outOfStock,
            long oversold,
            double import10kSeconds,
            double packingHtmlMs,
            double packingCsvMs) {}

    private static final int PRODUCTS_PER_PRODUCER = 200;
    private static final int HOT_VARIANTS = 20;
    private static final int CHECKOUTS_PER_CLIENT = 60;
    /** Per client in each measured read phase: a few seconds of load on a warm server. */
    private static final int MEASURED_REQUESTS_PER_CLIENT = 300;

    private static final int MIN_WARM_UP_ROUNDS = 5;
    /**
     * The warm-up ends after {@link #SETTLED_ROUNDS} rounds in a row in which the JIT compilers were
     * busy less than this share of the time (summed over compiler threads, so it can exceed 1).
     */
    private static final double JIT_SETTLED = 0.05;
    /** One quiet round can be a lull: once, the queue emptied while pages still cost 1.6 ms. */
    private static final int SETTLED_ROUNDS = 2;

    /** A machine on which the compilers never settle is measured anyway, with a warning. */
    private static final Duration MAX_WARM_UP = Duration.ofMinutes(10);
    /** The app counts as idle below this CPU use, in cores. */
    private static final double QUIET_CORES = 0.1;
    /** How long after the load to wait for the event deliveries before measuring anyway. */
    private static final Duration EVENTS_WAIT = Duration.ofMinutes(2);
    /** How long after the load, event deliveries included, to wait for the app to go quiet. */
    private static final Duration QUIET_WAIT = Duration.ofMinutes(3);

    private static final String PASSWORD = "bench password";
    private static final List<String> FOODS = List.of(
            "tomatoes",
            "carrots",
            "potatoes",
            "onions",
            "leeks",
            "kale",
            "spinach",
            "lettuce",
            "rocket",
            "beetroot",
            "parsnips",
            "squash",
            "courgettes",
            "cucumbers",
            "peppers",
            "chillies",
            "broccoli",
            "cauliflower",
            "cabbage",
            "apples",
            "pears",
            "plums",
            "cherries",
            "strawberries",
            "raspberries",
            "blackberries",
            "milk",
            "cheddar",
            "brie",
            "yogurt",
            "butter",
            "eggs",
            "sourdough",
            "rye bread",
            "croissants",
            "honey",
            "jam",
            "flour",
            "oats",
            "lentils",
            "beef mince",
            "sausages",
            "bacon",
            "chicken",
            "mackerel",
            "mussels",
            "trout",
            "mushrooms",
            "basil",
            "mint",
            "garlic",
            "fennel",
            "asparagus",
            "peas",
            "beans",
            "walnuts",
            "hazelnuts",
            "cider vinegar",
            "tofu",
            "hummus");
    private static final List<String> KINDS = List.of(
            "Heirloom",
            "Organic",
            "Hydroponic",
            "Heritage",
            "Wild",
            "Smoked",
            "Fresh",
            "Seasonal",
            "Farmhouse",
            "Stone-ground",
            "Pasture",
            "Baby",
            "Giant",
            "Golden",
            "Purple",
            "Sweet",
            "Crisp",
            "Little",
            "Winter",
            "Summer");
    private static final List<String> SEARCHES = List.of(
            "tomatoes",
            "organic carrots",
            "chedd",
            "heritage apples",
            "sourdough",
            "hydroponic basil",
            "smoked",
            "honey",
            "wild mushrooms",
            "eggs",
            "winter squash",
            "sweet",
            "farmhouse butter",
            "beef",
            "trout");

    private final ApplicationContext app;
    private final int port;
    private final PrintStream progress;

    public MarketBench(ApplicationContext app, int port, PrintStream progress) {
        this.app = app;
        this.port = port;
        this.progress = progress;
    }

    public Result run(Options options) throws Exception {
        Random random = new Random(options.seed());
        NetworkApi network = app.getBean(NetworkApi.class);
        CatalogApi catalog = app.getBean(CatalogApi.class);
        MarketApi market = app.getBean(MarketApi.class);
        IdentityApi identity = app.getBean(IdentityApi.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);

        long t0 = System.nanoTime();
        Enterprise hub = network.register(new NewEnterprise(
                "bench-hub",
                EnterpriseKind.HUB,
                null,
                "Bench Hub",
                "Bristol",
                new GeoPoint(51.452, -2.582),
                "The benchmark's hub.",
                List.of(),
                List.of()));
        UserAccount manager = identity.register(
                new NewUser("bench-hub@bench.test", "Bench Manager", PASSWORD, Set.of(Role.HUB_MANAGER)));
        network.addMember(hub.id(), manager.id());
        int producerCount = Math.max(1, (options.products() + PRODUCTS_PER_PRODUCER - 1) / PRODUCTS_PER_PRODUCER);
        List<Enterprise> producers = new ArrayList<>();
        for (int p = 0; p < producerCount; p++) {
            Enterprise producer = network.register(new NewEnterprise(
                    "bench-farm-" + p,
                    EnterpriseKind.PRODUCER,
                    ProducerType.FIELD_FARM,
                    "Bench Farm " + p,
                    "Somerset",
                    new GeoPoint(51.2 + random.nextDouble() * 0.5, -2.9 + random.nextDouble() * 0.6),
                    "A farm for the benchmark.",
                    List.of(p % 2 == 0 ? "organic" : "regenerative"),
                    List.of()));
            network.permitSales(producer.id(), hub.id());
            producers.add(producer);
        }
        int hotStock = (int) (options.clients() * CHECKOUTS_PER_CLIENT * 0.8 / HOT_VARIANTS);
        List<Variant> variants = new ArrayList<>();
        int made = 0;
        for (int p = 0; p < producerCount; p++) {
            int count = Math.min(PRODUCTS_PER_PRODUCER, options.products() - made);
            StringBuilder csv =
                    new StringBuilder("sku,product_name,category,unit,unit_value,price,stock,description\n");
            for (int i = 0; i < count; i++) {
                boolean hot = p == 0 && i < HOT_VARIANTS;
                String food = FOODS.get(random.nextInt(FOODS.size()));
                csv.append("B")
                        .append(p)
                        .append('-')
                        .append(i)
                        .append(',')
                        .append(KINDS.get(random.nextInt(KINDS.size())))
                        .append(' ')
                        .append(food)
                        .append(' ')
                        .append(i)
                        .append(",vegetables,g,")
                        .append(250 + 250 * random.nextInt(4))
                        .append(',')
                        .append(1 + random.nextInt(15))
                        .append('.')
                        .append(10 + random.nextInt(89))
                        .append(',')
                        .append(hot ? hotStock : 1_000_000)
                        .append(",Grown by Bench Farm ")
                        .append(p)
                        .append(": ")
                        .append(food)
                        .append(", picked to order.\n");
            }
            ImportReport report = catalog.importCsv(producers.get(p).id(), new StringReader(csv.toString()), "GBP");
            if (!report.succeeded()) {
                throw new IllegalStateException("Bench catalog import failed: " + report.problems());
            }
            variants.addAll(catalog.variantsOf(producers.get(p).id()));
            made += count;
        }
        List<Variant> hot = variants.stream()
                .filter(v -> v.producer().equals(producers.get(0).id()))
                .filter(v -> v.stock().onHand() == hotStock)
                .limit(HOT_VARIANTS)
                .toList();
        progress.printf("loaded %d products of %d producers in %.1f s%n", variants.size(), producerCount, seconds(t0));

        Instant now = Instant.now();
        CycleId cycle = openCycle(market, hub, producers, now);
        // The warm-up's orders go to a cycle of their own, so that the measured cycle (and its
        // packing report) holds the same orders however long the warm-up takes.
        Enterprise warmUpHub = network.register(new NewEnterprise(
                "bench-warm-up-hub",
                EnterpriseKind.HUB,
                null,
                "Bench Warm-up Hub",
                "Bristol",
                hub.location(),
                "Takes the benchmark's warm-up orders.",
                List.of(),
                List.of()));
        producers.forEach(p -> network.permitSales(p.id(), warmUpHub.id()));
        CycleId warmUpCycle = openCycle(market, warmUpHub, producers, now);
        long pickup = market.fulfilmentOptions(cycle).get(0).id();
        long warmUpPickup = market.fulfilmentOptions(warmUpCycle).get(0).id();

        t0 = System.nanoTime();
        List<NewUser> shopperAccounts = new ArrayList<>();
        for (int s = 0; s < options.orders() + options.clients(); s++) {
            shopperAccounts.add(
                    new NewUser("shopper" + s + "@bench.test", "Bench Shopper " + s, PASSWORD, Set.of(Role.SHOPPER)));
        }
        List<UserAccount> shoppers = identity.registerAll(shopperAccounts);
        Set<Variant> hotSet = Set.copyOf(hot);
        List<Variant> ordinary =
                variants.stream().filter(v -> !hotSet.contains(v)).toList();
        List<PastOrder> orders = new ArrayList<>();
        for (int o = 0; o < options.orders(); o++) {
            List<PastOrder.Line> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(8);
            for (int l = 0; l < lineCount; l++) {
                Variant v = ordinary.get(random.nextInt(ordinary.size()));
                lines.add(new PastOrder.Line(v.id(), v.producer(), v.productName(), 1 + random.nextInt(3), v.price()));
            }
            orders.add(new PastOrder(
                    cycle,
                    hub.id(),
                    shoppers.get(o).id(),
                    now.minus(Duration.ofMinutes(o % 50)),
                    OrderStatus.PLACED,
                    lines));
        }
        market.importHistory(orders);
        progress.printf("loaded %d orders of %d shoppers in %.1f s%n", orders.size(), orders.size(), seconds(t0));
        awaitBackgroundWork(jdbc);
        // A market that has been open a while has planner statistics. Autovacuum gathers them about
        // a minute after a bulk load, later than this benchmark starts measuring; without them the
        // shelf queries ran on plans made for empty tables.
        t0 = System.nanoTime();
        jdbc.sql("analyze").update();
        progress.printf("planner statistics gathered in %.1f s%n", seconds(t0));

        List<String> clientTokens = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            clientTokens.add(
                    identity.createApiToken(shoppers.get(options.orders() + c).id(), "bench"));
        }
        String managerToken = identity.createApiToken(manager.id(), "bench");
        LoadClient load = new LoadClient(port);

        String shop = "/shop/bench-hub";
        int pages = Math.max(1, variants.size() / 24);
        LoadClient.Call list =
                (c, i) -> load.get(shop + "?page=" + (1 + random(c, i) % Math.min(pages, 50)), clientTokens.get(c));
        LoadClient.Call search = (c, i) -> load.get(
                shop + "?q=" + SEARCHES.get(random(c, i) % SEARCHES.size()).replace(" ", "+"), clientTokens.get(c));
        LoadClient.Call apiSearch = (c, i) -> load.get(
                "/api/v1/cycles/" + cycle.value() + "/products?q="
                        + SEARCHES.get(random(c, i) % SEARCHES.size()).replace(" ", "+"),
                clientTokens.get(c));
        // Warm-up: the server as it runs after its first minutes, not as it starts. Under full load
        // on two cores the JIT's C2 thread gets a small share of the CPU and hundreds of hot methods
        // wait in its queue, running meanwhile as slower profiled code: a shop page's CPU falls from
        // 6-12 ms to under 1 ms over some 100,000 pages (docs/benchmarks.md, session 15). So the
        // warm-up goes on until the compilers are nearly idle through two rounds in a row.
        // Checkouts are on variants with plenty of stock, in the warm-up hub's cycle, so none is
        // refused.
        progress.println("warming up with rounds of shop pages, searches and checkouts until the JIT has compiled"
                + " the hot paths...");
        LoadClient.Call warmUpCheckout = checkout(
                load,
                warmUpCycle,
                warmUpPickup,
                clientTokens,
                ordinary.subList(0, HOT_VARIANTS),
                new int[options.clients()],
                new int[options.clients()]);
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long warmUpStarted = System.nanoTime();
        int settled = 0;
        for (int round = 1; ; round++) {
            long roundStarted = System.nanoTime();
            long compiledBefore = compilationMillis(jit);
            LoadClient.Run shopPages = load.run(options.clients(), 30, list, s -> s == 200);
            load.run(options.clients(), 30, search, s -> s == 200);
            load.run(options.clients(), 30, apiSearch, s -> s == 200);
            load.run(options.clients(), 6, warmUpCheckout, s -> s == 201);
            double compiling = (compilationMillis(jit) - compiledBefore) / 1000.0 / seconds(roundStarted);
            progress.printf(
                    Locale.ROOT,
                    "  round %d: shop pages at %.0f/s, CPU per page %s; compilers busy %.0f %% of the round%n",
                    round,
                    shopPages.perSecond(),
                    shopPages.cpuPerRequest(),
                    100 * compiling);
            settled = compiling < JIT_SETTLED ? settled + 1 : 0;
            if (round >= MIN_WARM_UP_ROUNDS && settled >= SETTLED_ROUNDS) {
                break;
            }
            if (System.nanoTime() - warmUpStarted > MAX_WARM_UP.toNanos()) {
                progress.printf(
                        "  stopped warming up after %d minutes with the compilers still busy%n",
                        MAX_WARM_UP.toMinutes());
                break;
            }
        }
        awaitBackgroundWork(jdbc);
        progress.printf("shopfront list, %d clients...%n", options.clients());
        LoadClient.Run listRun = load.run(options.clients(), MEASURED_REQUESTS_PER_CLIENT, list, s -> s == 200);
        report("list", listRun);
        progress.printf("shopfront search, %d clients...%n", options.clients());
        LoadClient.Run searchRun = load.run(options.clients(), MEASURED_REQUESTS_PER_CLIENT, search, s -> s == 200);
        report("search", searchRun);
        LoadClient.Run apiRun = load.run(options.clients(), MEASURED_REQUESTS_PER_CLIENT, apiSearch, s -> s == 200);
        report("api search", apiRun);

        progress.printf(
                "checkout, %d clients on %d hot variants with %d units each...%n",
                options.clients(), hot.size(), hotStock);
        int[] placed = new int[options.clients()];
        int[] refused = new int[options.clients()];
        LoadClient.Call buy = checkout(load, cycle, pickup, clientTokens, hot, placed, refused);
        LoadClient.Run checkoutRun = load.run(options.clients(), CHECKOUTS_PER_CLIENT, buy, s -> s == 201 || s == 409);
        int ordersPlaced = Arrays.stream(placed).sum();
        int outOfStock = Arrays.stream(refused).sum();
        double ordersPerSecond = ordersPlaced / checkoutRun.seconds();
        long oversold = 0;
        for (Variant v : hot) {
            long sold = jdbc.sql("select coalesce(sum(l.quantity), 0) from order_line l join customer_order o "
                            + "on o.id = l.order_id where l.variant_id = ? and o.status <> 'CANCELLED'")
                    .param(v.id().value())
                    .query(Long.class)
                    .single();
            int onHand = catalog.variants(List.of(v.id())).get(0).stock().onHand();
            oversold += Math.max(0, sold - hotStock) + (sold + onHand != hotStock ? 1 : 0);
        }
        progress.printf(
                "checkout: %d orders placed, %d refused as out of stock, %.0f orders/s, %d unexpected;"
                        + " CPU per order placed %s%n",
                ordersPlaced,
                outOfStock,
                ordersPerSecond,
                checkoutRun.failures(),
                checkoutRun.cpu().per(ordersPlaced));

        progress.println("CSV import of 10,000 rows...");
        Enterprise importer = network.register(new NewEnterprise(
                "bench-importer",
                EnterpriseKind.PRODUCER,
                ProducerType.FIELD_FARM,
                "Bench Importer",
                "Somerset",
                new GeoPoint(51.3, -2.7),
                "Imports.",
                List.of(),
                List.of()));
        UserAccount importerAccount =
                identity.register(new NewUser("importer@bench.test", "Importer", PASSWORD, Set.of(Role.PRODUCER)));
        network.addMember(importer.id(), importerAccount.id());
        String importerToken = identity.createApiToken(importerAccount.id(), "bench");
        StringBuilder csv = new StringBuilder(
                "sku,product_name,category,unit,unit_value,price,stock,description,storage,shelf_life_days,season\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("IMP-")
                    .append(i)
                    .append(',')
                    .append(KINDS.get(i % KINDS.size()))
                    .append(' ')
                    .append(FOODS.get(i % FOODS.size()))
                    .append(' ')
                    .append(i / 2)
                    .append(",vegetables,")
                    .append(i % 2 == 0 ? "g,500," : "kg,1,")
                    .append(1 + i % 9)
                    .append(".45,")
                    .append(i % 300)
                    .append(",\"Imported, with care\",Keep cool,7,")
                    .append(i % 3 == 0 ? "4-9" : "all")
                    .append('\n');
        }
        long i0 = System.nanoTime();
        var imported = load.post("/api/v1/producer/catalog", importerToken, "text/csv", csv.toString(), null);
        double importSeconds = seconds(i0);
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("Import failed: " + imported.statusCode() + " " + imported.body());
        }
        progress.printf("imported 10,000 rows in %.2f s%n", importSeconds);

        progress.println("packing reports...");
        String packing = "/hub/cycles/" + cycle.value() + "/packing";
        load.getBody(packing, managerToken);
        load.getBody(packing + ".csv", managerToken);
        double htmlMs = median(3, () -> load.getBody(packing, managerToken));
        double csvMs = median(3, () -> load.getBody(packing + ".csv", managerToken));
        progress.printf("packing report: HTML %.0f ms, CSV %.0f ms%n", htmlMs, csvMs);

        return new Result(
                listRun.percentile(50),
                listRun.percentile(95),
                listRun.percentile(99),
                searchRun.percentile(50),
                searchRun.percentile(95),
                searchRun.percentile(99),
                apiRun.percentile(95),
                ordersPerSecond,
                ordersPlaced,
                outOfStock,
                oversold,
                importSeconds,
                htmlMs,
                csvMs);
    }

    /**
     * One client's purchase: one of {@code variants} into the cart, then checkout with a fresh
     * idempotency key; counted per client in {@code placed} and {@code refused}. A refused basket is
     * emptied again.
     */
    private static LoadClient.Call checkout(
            LoadClient load,
            CycleId cycle,
            long pickup,
            List<String> clientTokens,
            List<Variant> variants,
            int[] placed,
            int[] refused) {
        String path = "/api/v1/cycles/" + cycle.value();
        return (c, i) -> {
            Variant v = variants.get(random(c, i) % variants.size());
            var added = load.post(
                    path + "/cart/items",
                    clientTokens.get(c),
                    "application/json",
                    "{\"variantId\":" + v.id() + ",\"quantity\":1}",
                    null);
            if (added.statusCode() != 200) {
                refused[c]++;
                return 409;
            }
            var order = load.post(
                    path + "/checkout",
                    clientTokens.get(c),
                    "application/json",
                    "{\"fulfilmentOptionId\":" + pickup + ",\"payment\":\"PAY_AT_PICKUP\"}",
                    UUID.randomUUID().toString());
            if (order.statusCode() == 201) {
                placed[c]++;
            } else {
                refused[c]++;
                load.put(path + "/cart/items/" + v.id(), clientTokens.get(c), "{\"quantity\":0}");
            }
            return order.statusCode();
        };
    }

    private static CycleId openCycle(MarketApi market, Enterprise hub, List<Enterprise> producers, Instant now) {
        return market.createCycle(new NewCycle(
                hub.id(),
                "Bench week",
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(6)),
                Set.copyOf(producers.stream().map(Enterprise::id).toList()),
                HubFee.NONE,
                0,
                "GBP",
                List.of(new NewFulfilment(
                        FulfilmentKind.PICKUP,
                        "Pickup at " + hub.name(),
                        "Bristol",
                        hub.location(),
                        now.plus(Duration.ofDays(7)),
                        now.plus(Duration.ofDays(7)).plus(Duration.ofHours(3)),
                        null,
                        0))));
    }

    private interface Timed {
        LoadClient.Answer call() throws Exception;
    }

    private static double median(int runs, Timed timed) throws Exception {
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            var response = timed.call();
            ms[r] = (System.nanoTime() - t) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Report failed with " + response.statusCode());
            }
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private void report(String what, LoadClient.Run run) {
        progress.println(run.summary(what));
    }

    private static int random(int client, int iteration) {
        int h = client * 7919 + iteration * 104_729;
        h ^= h >>> 13;
        return Math.abs(h * 0x5bd1e995);
    }

    /**
     * Time the JIT compilers have spent so far; always 0 where the JVM does not count it, which ends
     * the warm-up after its minimum rounds.
     */
    private static long compilationMillis(CompilationMXBean jit) {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * Waits until the load's background work is done: every event delivered, then the app's JVM
     * quiet (under a tenth of a core for half a second: the personal shopper's relearning after new
     * orders, the JIT's queue), so that a measured phase does not pay for work the one before left.
     */
    private void awaitBackgroundWork(JdbcClient jdbc) throws InterruptedException {
        long started = System.nanoTime();
        long pending;
        while ((pending = jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single())
                        > 0
                && System.nanoTime() - started < EVENTS_WAIT.toNanos()) {
            Thread.sleep(200);
        }
        double busyCores;
        do {
            CpuTime before = CpuTime.now();
            Thread.sleep(500);
            busyCores = CpuTime.now().since(before).jvmSeconds() / 0.5;
        } while (busyCores > QUIET_CORES && System.nanoTime() - started < QUIET_WAIT.toNanos());
        String gaveUp = "";
        if (pending > 0) {
            gaveUp = " (gave up waiting: " + pending + " event deliveries pending)";
        } else if (busyCores > QUIET_CORES) {
            gaveUp = String.format(Locale.ROOT, " (gave up waiting: the app still uses %.2f cores)", busyCores);
        }
        progress.printf(Locale.ROOT, "background work of the load done in %.1f s%s%n", seconds(started), gaveUp);
    }
}
