package org.grassroots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadCacheTest {

    private final AtomicInteger loads = new AtomicInteger();
    private final CountDownLatch reloadStarted = new CountDownLatch(1);
    private final CountDownLatch reloadMayFinish = new CountDownLatch(1);
    private final ReadCache<String, String> cache =
            ReadCache.refreshing(Duration.ofMillis(50), Duration.ofSeconds(30), 10, this::load);

    /** The first load is immediate; the second waits until the test lets it finish. */
    private String load(String key) {
        int load = loads.incrementAndGet();
        if (load == 2) {
            reloadStarted.countDown();
            await(reloadMayFinish);
        }
        return key + " v" + load;
    }

    @Test
    void anAgedEntryIsServedWhileOneBackgroundLoadReplacesIt() throws InterruptedException {
        assertThat(cache.get("shelf")).isEqualTo("shelf v1");
        Thread.sleep(80);

        long started = System.nanoTime();
        assertThat(cache.get("shelf")).isEqualTo("shelf v1");
        assertThat(cache.get("shelf")).isEqualTo("shelf v1");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("readers do not wait for the reload")
                .isLessThan(Duration.ofSeconds(2));

        reloadMayFinish.countDown();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!cache.get("shelf").equals("shelf v2") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(cache.get("shelf")).isEqualTo("shelf v2");
        assertThat(loads).as("one reload for all readers").hasValue(2);
    }

    @Test
    void clearingMakesTheNextReaderLoad() {
        reloadMayFinish.countDown();
        cache.get("shelf");
        ReadCache.clearNowAndAfterCommit(cache);

        assertThat(cache.get("shelf")).isEqualTo("shelf v2");
    }

    @Test
    void aLoadThatStartedBeforeAClearIsNotServedAfterIt() throws Exception {
        loads.set(1); // the next load is the one that waits
        CompletableFuture<String> inFlight = CompletableFuture.supplyAsync(() -> cache.get("cycle"));
        assertThat(reloadStarted.await(5, TimeUnit.SECONDS)).isTrue();

        ReadCache.clearNowAndAfterCommit(cache); // the write commits while that load still runs
        reloadMayFinish.countDown();

        assertThat(inFlight.get(5, TimeUnit.SECONDS))
                .as("the reader that raced the write loads again")
                .isEqualTo("cycle v3");
        assertThat(cache.get("cycle")).as("and later readers get that load").isEqualTo("cycle v3");
        assertThat(loads).hasValue(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
