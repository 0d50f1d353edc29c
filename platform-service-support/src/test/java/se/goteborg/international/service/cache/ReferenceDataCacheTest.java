package se.goteborg.international.service.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataCacheTest {

    private final AtomicInteger lookups = new AtomicInteger();

    private String lookUp(String key) {
        lookups.incrementAndGet();
        return key.startsWith("known") ? key.toUpperCase() : null;
    }

    @Test
    void aFoundValueIsLookedUpOnceAndNothingFoundIsAskedAgain() {
        ReferenceDataCache<String, String> cache = new ReferenceDataCache<>(Duration.ofMinutes(1), 100);
        assertThat(cache.get("known", this::lookUp)).isEqualTo("KNOWN");
        assertThat(cache.get("known", this::lookUp)).isEqualTo("KNOWN");
        assertThat(lookups).hasValue(1);
        assertThat(cache.get("new", this::lookUp)).isNull();
        assertThat(cache.get("new", this::lookUp)).isNull();
        assertThat(lookups).hasValue(3);
        // absence is remembered only when the caller says so, as a value
        ReferenceDataCache<String, Optional<String>> optional = new ReferenceDataCache<>(Duration.ofMinutes(1), 100);
        optional.get("new", k -> Optional.ofNullable(lookUp(k)));
        optional.get("new", k -> Optional.ofNullable(lookUp(k)));
        assertThat(lookups).hasValue(4);
    }

    @Test
    void everythingIsForgottenAfterTheTtlOrWhenFull() throws InterruptedException {
        ReferenceDataCache<String, String> cache = new ReferenceDataCache<>(Duration.ofMillis(50), 100);
        cache.get("known", this::lookUp);
        Thread.sleep(80);
        cache.get("known", this::lookUp);
        assertThat(lookups).hasValue(2);

        ReferenceDataCache<String, String> small = new ReferenceDataCache<>(Duration.ofMinutes(1), 2);
        small.get("known1", this::lookUp);
        small.get("known2", this::lookUp);
        small.get("known1", this::lookUp); // full: starts again
        assertThat(lookups).hasValue(5);
    }

    @Test
    void aChangeInATransactionClearsOnlyOnceItCommits() {
        ReferenceDataCache<String, String> cache = new ReferenceDataCache<>(Duration.ofMinutes(1), 100);
        cache.get("known", this::lookUp);
        TransactionSynchronizationManager.initSynchronization();
        try {
            cache.clearAfterCommit();
            cache.get("known", this::lookUp);
            assertThat(lookups).as("not yet committed: still remembered").hasValue(1);
            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        cache.get("known", this::lookUp);
        assertThat(lookups).hasValue(2);

        cache.clearAfterCommit(); // no transaction: at once
        cache.get("known", this::lookUp);
        assertThat(lookups).hasValue(3);
    }
}
