package org.grassroots.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.grassroots.common.UserId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.market.MarketApi;
import org.grassroots.market.Purchase;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.springframework.context.ApplicationContext;

/**
 * The personal shopper benchmark on the demo market: the shop's Buy again and For you shelves
 * (the HTML fragment the shop page loads), the same shelves over the API, and Fill my basket,
 * each for demo shoppers with order history at their own hub, through the real HTTP endpoints.
 */
public final class ShopperBench {

    /**
     * @param shoppers how many demo shoppers take turns
     * @param clients concurrent clients
     * @param requests requests per client and endpoint, after a warm-up
     */
    public record Options(int shoppers, int clients, int requests) {}

    public record Result(
            int shoppers,
            double shelvesP50,
            double shelvesP95,
            double shelvesP99,
            double apiP95,
            double fillP50,
            double fillP95,
            int failures) {}

    private record Visit(String hubSlug, String token) {}

    private final ApplicationContext app;
    private final int port;
    private final PrintStream progress;

    public ShopperBench(ApplicationContext app, int port, PrintStream progress) {
        this.app = app;
        this.port = port;
        this.progress = progress;
    }

    public Result run(Options options) throws Exception {
        List<Visit> visits = visits(options.shoppers());
        if (visits.isEmpty()) {
            throw new IllegalStateException("The market has no shoppers with order history");
        }
        LoadClient load = new LoadClient(port);
        progress.printf("%d shoppers with history; warming up...%n", visits.size());
        for (int round = 0; round < 5; round++) {
            for (Visit v : visits) {
                load.get(shelves(v), v.token());
                load.get("/shop/" + v.hubSlug() + "/fill?budget=40", v.token());
            }
        }
        LoadClient.Run shelves = measure(load, options, visits, "shelves (HTML fragment)", ShopperBench::shelves);
        LoadClient.Run api =
                measure(load, options, visits, "shelves (API)", v -> "/api/v1/shops/" + v.hubSlug() + "/suggestions");
        LoadClient.Run fill = measure(
                load, options, visits, "fill my basket, budget 40", v -> "/shop/" + v.hubSlug() + "/fill?budget=40");
        return new Result(
                visits.size(),
                shelves.percentile(50),
                shelves.percentile(95),
                shelves.percentile(99),
                api.percentile(95),
                fill.percentile(50),
                fill.percentile(95),
                shelves.failures() + api.failures() + fill.failures());
    }

    /** Closed-loop requests to one endpoint, the shoppers taking turns; each must answer 200. */
    private LoadClient.Run measure(
            LoadClient load, Options options, List<Visit> visits, String what, Function<Visit, String> path)
            throws Exception {
        LoadClient.Run run = load.run(
                options.clients(),
                options.requests(),
                (c, i) -> {
                    Visit v = visits.get((c * options.requests() + i) % visits.size());
                    return load.get(path.apply(v), v.token());
                },
                status -> status == 200);
        report(what, run);
        return run;
    }

    private static String shelves(Visit v) {
        return "/shop/" + v.hubSlug() + "/suggestions";
    }

    /** Shoppers with history at each hub, taken in turn from each hub, each with an API token. */
    private List<Visit> visits(int wanted) {
        NetworkApi network = app.getBean(NetworkApi.class);
        MarketApi market = app.getBean(MarketApi.class);
        IdentityApi identity = app.getBean(IdentityApi.class);
        List<Enterprise> hubs = network.sellers();
        List<List<UserId>> shoppersByHub = new ArrayList<>();
        for (Enterprise hub : hubs) {
            Set<UserId> shoppers = new LinkedHashSet<>();
            market.purchases(hub.id()).stream().map(Purchase::shopper).forEach(shoppers::add);
            shoppersByHub.add(new ArrayList<>(shoppers));
        }
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; visits.size() < wanted; i++) {
            boolean any = false;
            for (int h = 0; h < hubs.size() && visits.size() < wanted; h++) {
                if (i < shoppersByHub.get(h).size()) {
                    any = true;
                    UserId shopper = shoppersByHub.get(h).get(i);
                    visits.add(new Visit(hubs.get(h).slug(), identity.createApiToken(shopper, "bench")));
                }
            }
            if (!any) {
                break;
            }
        }
        return visits;
    }

    private void report(String what, LoadClient.Run run) {
        progress.println(run.summary(what));
    }
}
