package se.goteborg.international.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning, as a test that waits for events to arrive. */
public final class KafkaTestConsumer implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public KafkaTestConsumer(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code done} holds for everything seen so far, or fails after {@code timeout}. */
    public List<ConsumerRecord<String, String>> awaitRecords(Predicate<List<ConsumerRecord<String, String>>> done,
                                                             Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.test(seen)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Records expected within " + timeout + " did not arrive; saw " + seen.size());
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    /** Records seen whose value contains {@code text}. */
    public List<ConsumerRecord<String, String>> awaitContaining(String text, int count, Duration timeout) {
        return awaitRecords(all -> all.stream().filter(r -> r.value().contains(text)).count() >= count, timeout)
                .stream().filter(r -> r.value().contains(text)).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
