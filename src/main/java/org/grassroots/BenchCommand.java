package org.grassroots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.grassroots.bench.MarketBench;
import org.grassroots.bench.ShopperBench;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code bench …}: benchmarks that print numbers. */
@Command(
        name = "bench",
        header = "Benchmarks of the running app.",
        mixinStandardHelpOptions = true,
        description = "Each prints progress on stderr and one 'result …' line on stdout.",
        subcommands = {BenchCommand.Market.class, BenchCommand.Shopper.class})
public class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    @Command(
            name = "market",
            header = "The marketplace under load: shopfront, checkout, import, packing.",
            mixinStandardHelpOptions = true,
            description = "Loads a market (products in one open cycle, orders) into a throw-away embedded "
                    + "PostgreSQL with durability on, starts the app, and measures over HTTP: shopfront list "
                    + "and search latency under concurrent clients, checkout throughput on 20 hot variants and "
                    + "the oversell count, a 10,000-row CSV import, and the packing report.")
    static class Market implements Callable<Integer> {

        @Option(
                names = "--products",
                defaultValue = "10000",
                description = "products in the open cycle (default ${DEFAULT-VALUE})")
        int products;

        @Option(
                names = "--orders",
                defaultValue = "5000",
                description = "orders already placed in the cycle (default ${DEFAULT-VALUE})")
        int orders;

        @Option(names = "--clients", defaultValue = "32", description = "concurrent clients (default ${DEFAULT-VALUE})")
        int clients;

        @Option(names = "--seed", defaultValue = "7", description = "random seed (default ${DEFAULT-VALUE})")
        long seed;

        /** Spring options for the app under test, e.g. --grassroots.database.log-statements-over-ms=100. */
        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (products < 100 || orders < 0 || clients < 1) {
                System.err.println("--products must be at least 100, --orders at least 0 and --clients at least 1");
                return 2;
            }
            return withApp(List.of("--grassroots.demo=false"), clients, springArguments, (app, port) -> {
                MarketBench.Result r = new MarketBench(app, port, System.err)
                        .run(new MarketBench.Options(products, orders, clients, seed));
                System.out.println(String.format(
                        Locale.ROOT,
                        "result products=%d orders=%d clients=%d list_p50_ms=%.1f list_p95_ms=%.1f list_p99_ms=%.1f "
                                + "search_p95_ms=%.1f checkout_orders_per_s=%.0f oversold=%d import_10k_s=%.2f "
                                + "packing_report_ms=%.0f",
                        products,
                        orders,
                        clients,
                        r.listP50(),
                        r.listP95(),
                        r.listP99(),
                        r.searchP95(),
                        r.checkoutOrdersPerSecond(),
                        r.oversold(),
                        r.import10kSeconds(),
                        Math.max(r.packingHtmlMs(), r.packingCsvMs())));
                System.err.println(String.format(
                        Locale.ROOT,
                        "details: search_p50_ms=%.1f search_p99_ms=%.1f api_search_p95_ms=%.1f orders_placed=%d "
                                + "refused_out_of_stock=%d packing_html_ms=%.0f packing_csv_ms=%.0f",
                        r.searchP50(),
                        r.searchP99(),
                        r.apiSearchP95(),
                        r.ordersPlaced(),
                        r.outOfStock(),
                        r.packingHtmlMs(),
                        r.packingCsvMs()));
            });
        }
    }

    @Command(
            name = "shopper",
            header = "The personal shopper's shelves and basket filling under load.",
            mixinStandardHelpOptions = true,
            description = "Loads the demo market into a throw-away embedded PostgreSQL, starts the app, and "
                    + "measures over HTTP the personal shopper for demo shoppers with order history: the shop's"
                    + " Buy again and For you shelves (the HTML fragment, and the API), and Fill my basket with"
                    + " a budget of 40.")
    static class Shopper implements Callable<Integer> {

        @Option(
                names = "--shoppers",
                defaultValue = "60",
                description = "demo shoppers taking turns (default ${DEFAULT-VALUE})")
        int shoppers;

        @Option(names = "--clients", defaultValue = "4", description = "concurrent clients (default ${DEFAULT-VALUE})")
        int clients;

        @Option(
                names = "--requests",
                defaultValue = "500",
                description = "requests per client and endpoint (default ${DEFAULT-VALUE})")
        int requests;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (shoppers < 1 || clients < 1 || requests < 1) {
                System.err.println("--shoppers, --clients and --requests must be at least 1");
                return 2;
            }
            return withApp(List.of("--grassroots.demo=true"), clients, springArguments, (app, port) -> {
                ShopperBench.Result r = new ShopperBench(app, port, System.err)
                        .run(new ShopperBench.Options(shoppers, clients, requests));
                System.out.println(String.format(
                        Locale.ROOT,
                        "result shoppers=%d clients=%d shelves_p50_ms=%.1f shelves_p95_ms=%.1f shelves_p99_ms=%.1f "
                                + "api_shelves_p95_ms=%.1f fill_p50_ms=%.1f fill_p95_ms=%.1f failed=%d",
                        r.shoppers(),
                        clients,
                        r.shelvesP50(),
                        r.shelvesP95(),
                        r.shelvesP99(),
                        r.apiP95(),
                        r.fillP50(),
                        r.fillP95(),
                        r.failures()));
            });
        }
    }

    /** What a benchmark does with the running app. */
    interface Body {
        void run(ConfigurableApplicationContext app, int port) throws Exception;
    }

    /**
     * Starts the app on a throw-away embedded PostgreSQL (durability on), runs the body, then
     * stops it and deletes the data.
     */
    static int withApp(List<String> options, int clients, List<String> springArguments, Body body) throws Exception {
        Path dataDir = Files.createTempDirectory("grassroots-bench-");
        System.err.println("starting Grassroots on a throw-away database in " + dataDir + "...");
        List<String> defaults = new ArrayList<>(List.of(
                "--server.port=0",
                "--grassroots.database.data-dir=" + dataDir.resolve("postgres"),
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--grassroots.database.pool-size=" + Math.max(10, clients + 4),
                "--server.tomcat.threads.max=" + Math.max(50, clients * 2)));
        defaults.addAll(options);
        List<String> arguments = overriding(defaults, springArguments);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GrassrootsApplication.class)
                .main(GrassrootsApplication.class)
                .run(arguments.toArray(String[]::new))) {
            body.run(app, ((WebServerApplicationContext) app).getWebServer().getPort());
            return 0;
        } finally {
            deleteRecursively(dataDir);
        }
    }

    /**
     * The defaults followed by the given Spring options, without the defaults the given ones name:
     * Spring would join both values of a property with a comma.
     */
    static List<String> overriding(List<String> defaults, List<String> given) {
        List<String> arguments = new ArrayList<>(defaults);
        arguments.removeIf(a -> given.stream().map(BenchCommand::key).anyMatch(key(a)::equals));
        arguments.addAll(given);
        return arguments;
    }

    private static String key(String argument) {
        int equals = argument.indexOf('=');
        return equals < 0 ? argument : argument.substring(0, equals);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
