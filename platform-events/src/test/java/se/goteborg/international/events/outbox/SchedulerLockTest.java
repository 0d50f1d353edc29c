package se.goteborg.international.events.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** A scheduled job's lock is held by one instance at a time, in the platform schema. */
@SpringBootTest
@ContextConfiguration(initializers = OutboxWhileKafkaIsDownTest.OwnBroker.class)
class SchedulerLockTest {

    @Autowired
    LockProvider locks;

    @Test
    void aJobLockIsExclusiveUntilReleased() {
        LockConfiguration job = new LockConfiguration(Instant.now(), "deadline-check", Duration.ofMinutes(1), Duration.ZERO);
        Optional<SimpleLock> first = locks.lock(job);
        assertThat(first).isPresent();
        assertThat(locks.lock(job)).as("a second instance must not run the job meanwhile").isEmpty();
        first.get().unlock();
        Optional<SimpleLock> again = locks.lock(job);
        assertThat(again).isPresent();
        again.get().unlock();
    }
}
