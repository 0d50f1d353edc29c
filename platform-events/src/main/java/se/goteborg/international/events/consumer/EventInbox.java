package se.goteborg.international.events.consumer;

import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import se.goteborg.international.events.envelope.EventCodec;
import se.goteborg.international.events.envelope.EventEnvelope;

/**
 * Idempotent event processing: the handler's writes and a row in {@code platform.processed_event}
 * commit in one transaction, so an event delivered twice (Kafka delivers at least once) is applied once.
 * A message that is not a valid envelope throws {@link se.goteborg.international.events.envelope.MalformedEventException},
 * which the listener's error handler sends straight to the dead-letter topic.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EventCodec codec;
    private final String consumer;
    private final MeterRegistry meters;

    public EventInbox(JdbcTemplate jdbc, TransactionTemplate tx, EventCodec codec, String consumer,
                      MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.codec = codec;
        this.consumer = consumer;
        this.meters = meters;
    }

    /** Applies {@code handler} to the record's event unless this consumer applied it before. Returns whether it ran. */
    public boolean process(ConsumerRecord<String, String> record, Consumer<EventEnvelope> handler) {
        EventEnvelope envelope = codec.read(record.value());
        Boolean applied = tx.execute(status -> {
            int inserted = jdbc.update("""
                    insert into platform.processed_event (consumer, event_id, event_type, topic, partition_no, record_offset)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    consumer, envelope.id(), envelope.type(), record.topic(), record.partition(), record.offset());
            if (inserted == 0) {
                return false;
            }
            handler.accept(envelope);
            return true;
        });
        boolean ran = Boolean.TRUE.equals(applied);
        // in the producer's trace (from the record's headers): the last hop of a change, findable by trace id
        log.info("{} {} for {} from {}-{}@{}", ran ? "Applied" : "Skipped duplicate", envelope.type(),
                envelope.subject(), record.topic(), record.partition(), record.offset());
        Counter.builder("platform.events.consumed")
                .description("Events this consumer received: applied, or skipped as duplicates")
                .tag("type", envelope.type()).tag("topic", record.topic()).tag("outcome", ran ? "applied" : "duplicate")
                .register(meters).increment();
        return ran;
    }

    public EventCodec codec() {
        return codec;
    }
}
