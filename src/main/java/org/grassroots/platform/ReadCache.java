package org.grassroots.platform;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An in-memory cache of database reads, cleared when this node writes.
 *
 * <p>Clearing happens twice, when the write is made and when its transaction ends: between the two
 * a reader on another thread still sees the old rows. A load that started before the transaction
 * ended may also finish after it, and Caffeine keeps what an in-flight load returns even across
 * {@code invalidateAll}. So each entry carries the generation of the cache when its load began, a
 * clear starts a new generation, and an entry of an older one is loaded again on its next read.
 * Without this a cycle closed early kept taking orders for up to 10 s, when a background listener
 * happened to read the cycle during the close (a flaky CheckoutIntegrationTest).
 */
public final class ReadCache<K, V> {

    private record Entry<V>(long generation, V value) {}

    private final AtomicLong generation = new AtomicLong();
    private final LoadingCache<K, Entry<V>> entries;

    private ReadCache(Caffeine<Object, Object> spec, Function<? super K, ? extends V> loader) {
        this.entries = spec.build(key -> {
            long loadedIn = generation.get();
            return new Entry<>(loadedIn, loader.apply(key));
        });
    }

    /** A cache with Caffeine's expiry, size and refresh settings; {@code loader} must not return null. */
    public static <K, V> ReadCache<K, V> of(Caffeine<Object, Object> spec, Function<? super K, ? extends V> loader) {
        return new ReadCache<>(spec, loader);
    }

    /**
     * A cache of reads that every page makes, kept warm under load. An entry older than {@code
     * refresh} is still served while one background load replaces it, so readers do not queue
     * behind the load of a popular key each time it ages out (under load, those queues were the
     * shop list's slowest requests: docs/benchmarks.md). An entry not replaced for {@code expire}
     * is dropped, which bounds how old a page of a rarely read key can be.
     */
    public static <K, V> ReadCache<K, V> refreshing(
            Duration refresh, Duration expire, long maximumSize, Function<? super K, ? extends V> loader) {
        return of(
                Caffeine.newBuilder()
                        .refreshAfterWrite(refresh)
                        .expireAfterWrite(expire)
                        .maximumSize(maximumSize),
                loader);
    }

    /**
     * The value for {@code key}. An entry whose load began before the last clear, even one this
     * reader waited for, is loaded once more, by a load that begins after that clear; so a reader
     * that starts after a write has committed sees it. One retry is enough for that, and keeps a
     * reader from looping while writes keep coming.
     */
    public V get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry.generation() != generation.get()) {
            entries.asMap().remove(key, entry);
            entry = entries.get(key);
        }
        return entry.value();
    }

    /** Clears the caches now, and again when the current transaction ends (see the class comment). */
    public static void clearNowAndAfterCommit(ReadCache<?, ?>... caches) {
        clear(caches);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear(caches);
                }
            });
        }
    }

    private static void clear(ReadCache<?, ?>... caches) {
        for (ReadCache<?, ?> cache : caches) {
            cache.generation.incrementAndGet();
            cache.entries.invalidateAll();
        }
    }
}
