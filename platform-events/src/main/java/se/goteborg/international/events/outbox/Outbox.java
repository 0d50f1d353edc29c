package se.goteborg.international.events.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.envelope.EventActor;
import se.goteborg.international.events.envelope.EventCodec;

/**
 * The transactional outbox: records an event in the same database transaction as the domain change
 * that caused it, so both commit or neither does. {@link OutboxRelay} publishes it to Kafka. Every
 * event records who caused it (the request's user or client and unit, else the service itself).
 */
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final OutboxRelay relay;
    private final Clock clock;
    private final TraceContextCapture trace;
    private final Supplier<EventActor> actor;

    public Outbox(JdbcTemplate jdbc, EventCodec codec, OutboxRelay relay, Clock clock, TraceContextCapture trace,
                  Supplier<EventActor> actor) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.relay = relay;
        this.clock = clock;
        this.trace = trace;
        this.actor = actor;
    }

    /**
     * Appends an event about aggregate {@code aggregateId} and returns its id. Must run inside the
     * transaction that makes the change; fails otherwise, because an event written on its own could
     * outlive a rolled-back change.
     */
    public <T> UUID append(EventType<T> type, String aggregateId, T payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.append needs the transaction of the change it records");
        }
        UUID id = UUID.randomUUID();
        Instant time = clock.instant();
        jdbc.update("""
                insert into platform.outbox_event
                    (event_id, topic, message_key, event_type, payload, created_at, trace_headers)
                values (?, ?, ?, ?, ?, ?, ?)""",
                id, type.topic(), aggregateId, type.wireType(),
                codec.write(id, type, aggregateId, payload, time, actor.get()),
                Timestamp.from(time), trace.currentHeaders());
        // one line per change, in the request's trace: an operator follows a trace id from here to Kafka
        log.info("Recorded {} for {} (event {})", type.wireType(), aggregateId, id);
        // wake the relay once the change is visible, instead of waiting for its next poll
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return id;
    }
}
