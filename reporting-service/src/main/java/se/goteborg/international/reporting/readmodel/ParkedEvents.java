package se.goteborg.international.reporting.readmodel;

import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.envelope.EventEnvelope;

/**
 * Sets aside events of a type or version this build does not know. A newer producer may publish
 * them before reporting is upgraded; failing on them would stop the partition (or dead-letter them
 * and lose them), while ignoring them silently would hide that reports lag behind. Kept whole, they
 * can be replayed once reporting understands them.
 */
@Component
public class ParkedEvents {

    public static final String PARKED_METRIC = "platform.reporting.events.parked";

    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);
    /** Types we would publish ourselves; anything else is tagged "other" so a stray producer cannot flood the metric with tags. */
    private static final Pattern PLATFORM_TYPE = Pattern.compile(Pattern.quote(EventType.TYPE_PREFIX) + "[a-z0-9.-]{1,100}");

    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    ParkedEvents(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
    }

    /** Stores the event aside; call inside the inbox transaction so it is parked exactly once. */
    public void park(EventEnvelope envelope, ConsumerRecord<String, String> record) {
        int inserted = jdbc.sql("""
                insert into parked_event (event_id, event_type, subject, topic, payload)
                values (:id, :type, :subject, :topic, :payload) on conflict (event_id) do nothing""")
                .param("id", envelope.id())
                .param("type", envelope.type())
                .param("subject", envelope.subject())
                .param("topic", record.topic())
                .param("payload", record.value())
                .update();
        if (inserted == 0) {
            return;
        }
        log.warn("Parked event {} of unknown type {} from {}", envelope.id(), envelope.type(), record.topic());
        Counter counter = Counter.builder(PARKED_METRIC)
                .description("Events set aside because this build does not know their type or version")
                .tag("type", tagValue(envelope.type()))
                .register(meters);
        // count only what was committed: a rolled-back attempt is retried and would count twice
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }

    private static String tagValue(String type) {
        return PLATFORM_TYPE.matcher(type).matches() ? type : "other";
    }
}
