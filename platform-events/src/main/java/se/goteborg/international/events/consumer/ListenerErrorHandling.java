package se.goteborg.international.events.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import se.goteborg.international.events.Topics;
import se.goteborg.international.events.envelope.MalformedEventException;

/**
 * How a listener failure is handled, by what kind of failure it is:
 * <ul>
 *   <li>the consumer's own database is unreachable: retried with growing back-off until it is back
 *       (dead-lettering then would silently lose good events);</li>
 *   <li>a malformed message: straight to the dead-letter topic, it can never succeed;</li>
 *   <li>anything else: a few quick retries, then the dead-letter topic, and the consumer moves on.</li>
 * </ul>
 * Every dead-lettered record is logged and counted ({@code platform.events.dead.lettered}).
 */
public final class ListenerErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ListenerErrorHandling.class);

    private ListenerErrorHandling() {
    }

    public static DefaultErrorHandler create(KafkaTemplate<String, String> kafka, String application,
                                             MeterRegistry meters, BackOff otherFailures) {
        String deadLetterTopic = Topics.deadLetter(application);
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, ex) -> new TopicPartition(deadLetterTopic, -1));
        DefaultErrorHandler handler = new DefaultErrorHandler((ConsumerRecord<?, ?> record, Exception ex) -> {
            log.warn("Dead-lettering {}-{}@{} (key {}) to {}: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), deadLetterTopic, rootMessage(ex));
            publisher.accept(record, ex);
            Counter.builder("platform.events.dead.lettered")
                    .description("Records a consumer gave up on and sent to its dead-letter topic")
                    .tag("topic", record.topic()).tag("consumer", application)
                    .register(meters).increment();
        }, otherFailures);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        ExponentialBackOff untilBack = new ExponentialBackOff(500, 2.0);
        untilBack.setMaxInterval(30_000); // and no limit on attempts
        handler.setBackOffFunction((record, ex) -> isInfrastructureOutage(ex) ? untilBack : null);
        return handler;
    }

    public static BackOff defaultBackOff(long intervalMs, long attempts) {
        return new FixedBackOff(intervalMs, attempts);
    }

    static boolean isInfrastructureOutage(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = NestedExceptionUtils.getMostSpecificCause(e);
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
