package se.goteborg.international.service.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers lookups of slowly changing reference data (funding programmes, exchange rates) so a write
 * does not query them on every request. The service that changes the data calls {@link #clearAfterCommit()}
 * in the changing transaction; changes made elsewhere (another instance, SQL by hand) are seen after at
 * most {@code ttl}, when everything is forgotten. A lookup that finds nothing (null) is not remembered,
 * so data added anywhere is found at once.
 */
public final class ReferenceDataCache<K, V> {

    private final long ttlNanos;
    private final int maxEntries;
    private volatile Generation<K, V> current;

    public ReferenceDataCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.current = new Generation<>(System.nanoTime() + ttlNanos);
    }

    /** The remembered value of {@code key}, else {@code load}'s (remembered unless null). */
    public V get(K key, Function<K, V> load) {
        Generation<K, V> g = current;
        if (System.nanoTime() - g.expiresAt >= 0 || g.values.size() >= maxEntries) {
            g = fresh();
        }
        V value = g.values.get(key);
        if (value == null) {
            value = load.apply(key);
            if (value != null) {
                // a lookup racing with clear() lands in the generation it started from, which is dropped
                g.values.put(key, value);
            }
        }
        return value;
    }

    /** Forgets everything now. */
    public void clear() {
        fresh();
    }

    private Generation<K, V> fresh() {
        Generation<K, V> g = new Generation<>(System.nanoTime() + ttlNanos);
        current = g;
        return g;
    }

    /**
     * Forgets everything once the current transaction commits (now, without one): clearing earlier
     * would let a concurrent lookup remember the old row again before the change is visible.
     */
    public void clearAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    clear();
                }
            });
        } else {
            clear();
        }
    }

    /** One set of remembered values and when it expires. */
    private static final class Generation<K, V> {
        private final Map<K, V> values = new ConcurrentHashMap<>();
        private final long expiresAt;

        private Generation(long expiresAt) {
            this.expiresAt = expiresAt;
        }
    }
}
