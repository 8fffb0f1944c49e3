package org.grassroots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachesTest {

    private final AtomicInteger loads = new AtomicInteger();
    private final LoadingCache<String, String> cache = Caches.refreshing(
            Duration.ofMillis(50), Duration.ofSeconds(30), 10, key -> key + " v" + loads.incrementAndGet());

    @Test
    void anAgedEntryIsServedWhileOneBackgroundLoadReplacesIt() throws InterruptedException {
        assertThat(cache.get("shelf")).isEqualTo("shelf v1");
        Thread.sleep(80);

        assertThat(cache.get("shelf")).as("the reader does not wait").isEqualTo("shelf v1");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!cache.get("shelf").equals("shelf v2") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(cache.get("shelf")).isEqualTo("shelf v2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void clearingMakesTheNextReaderLoad() {
        cache.get("shelf");
        Caches.clearNowAndAfterCommit(cache);

        assertThat(cache.get("shelf")).isEqualTo("shelf v2");
    }
}
