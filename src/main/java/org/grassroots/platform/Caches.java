package org.grassroots.platform;

import com.github.benmanes.caffeine.cache.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Clearing the in-memory caches of database reads when this node writes. */
public final class Caches {

    private Caches() {}

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
