package org.grassroots.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The in-memory caches of database reads: kept warm under load, and cleared when this node
 * writes.
 */
public final class Caches {

    private Caches() {}

    /**
     * A cache of reads that every page makes, kept warm under load. An entry older than {@code
     * refresh} is still served while one background load replaces it, so readers do not queue
     * behind the load of a popular key each time it ages out (under load, those queues were the
     * shop list's slowest requests: docs/benchmarks.md). An entry not replaced for {@code expire}
     * is dropped, which bounds how old a page of a rarely read key can be.
     */
    public static <K, V> LoadingCache<K, V> refreshing(
            Duration refresh, Duration expire, long maximumSize, CacheLoader<K, V> loader) {
        return Caffeine.newBuilder()
                .refreshAfterWrite(refresh)
                .expireAfterWrite(expire)
                .maximumSize(maximumSize)
                .build(loader);
    }

    /**
     * Clears the caches now, and again when the current transaction ends: between the write and its
     * commit, a reader on another thread still sees the old rows and may cache them, which would
     * serve them until the cache expires (a cycle closed early taking orders for seconds more).
     */
    public static void clearNowAndAfterCommit(Cache<?, ?>... caches) {
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

    private static void clear(Cache<?, ?>... caches) {
        for (Cache<?, ?> cache : caches) {
            cache.invalidateAll();
        }
    }
}
