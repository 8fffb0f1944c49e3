package org.grassroots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachesTest {

    private final AtomicInteger loads = new AtomicInteger();
    private final CountDownLatch reloadMayFinish = new CountDownLatch(1);
    private final LoadingCache<String, String> cache =
            Caches.refreshing(Duration.ofMillis(50), Duration.ofSeconds(30), 10, this::load);

    /** The first load is immediate; later ones wait until the test lets them finish. */
    private String load(String key) throws InterruptedException {
        int load = loads.incrementAndGet();
        if (load > 1) {
            reloadMayFinish.await(5, TimeUnit.SECONDS);
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
        Caches.clearNowAndAfterCommit(cache);

        assertThat(cache.get("shelf")).isEqualTo("shelf v2");
    }
}
