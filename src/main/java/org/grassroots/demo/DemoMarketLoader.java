package org.grassroots.demo;

import org.grassroots.network.NetworkApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo market on start when it is switched on and the database holds no enterprises.
 * It runs once all beans exist but before the web server opens, so the first visitor never sees
 * a half-loaded market. One transaction, under an advisory lock, so two nodes starting together
 * cannot both load it and a failure leaves nothing half-written.
 */
@Component
class DemoMarketLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoMarketLoader.class);
    private static final long LOCK_KEY = 0x6e656f746572L; // "neoter"

    private final DemoSettings settings;
    private final NetworkApi network;
    private final NeotericaMarket neoterica;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    DemoMarketLoader(
            DemoSettings settings,
            NetworkApi network,
            NeotericaMarket neoterica,
            TransactionTemplate transaction,
            JdbcClient jdbc) {
        this.settings = settings;
        this.network = network;
        this.neoterica = neoterica;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    void load() {
        if (!settings.demo()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
            if (network.count() > 0) {
                log.info("Database already holds a market; the demo market is not loaded again");
                return;
            }
            long started = System.nanoTime();
            NeotericaMarket.Summary summary = neoterica.generate();
            log.info(
                    "Loaded the demo market Neoterica in {} ms: {} producers, {} hubs and co-ops, {} products "
                            + "({} variants), {} shoppers, {} orders",
                    (System.nanoTime() - started) / 1_000_000,
                    summary.producers(),
                    summary.sellers(),
                    summary.products(),
                    summary.variants(),
                    summary.shoppers(),
                    summary.orders());
        });
    }
}
