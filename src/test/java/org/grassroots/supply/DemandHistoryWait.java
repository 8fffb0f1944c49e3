package org.grassroots.supply;

import org.grassroots.catalog.Variant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demand history is kept by an asynchronous event listener: tests wait for it. */
final class DemandHistoryWait {

    private DemandHistoryWait() {}

    static long lines(JdbcClient jdbc, Variant variant) {
        return jdbc.sql("select count(*) from supply_demand where variant_id = ?")
                .param(variant.id().value())
                .query(Long.class)
                .single();
    }

    /** Waits up to 10 s until the variant has {@code lines} lines of demand history. */
    static void atLeast(JdbcClient jdbc, Variant variant, int lines) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (lines(jdbc, variant) < lines) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("demand history did not arrive within 10 s");
            }
            Thread.sleep(50);
        }
    }

    /** Waits up to 10 s until the variant has no demand history. */
    static void none(JdbcClient jdbc, Variant variant) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (lines(jdbc, variant) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("demand history was not removed within 10 s");
            }
            Thread.sleep(50);
        }
    }
}
