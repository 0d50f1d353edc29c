package se.goteborg.international.reporting.freshness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.goteborg.international.events.Topics;
import se.goteborg.international.reporting.readmodel.Generations;

/**
 * How fresh reports are, for operators:
 * <ul>
 *   <li>{@value #LAST_EVENT_AGE}: seconds since the newest event the serving read models reflect;</li>
 *   <li>{@value #LAG}{@code {topic}}: records on the topic the listener has not committed yet
 *       (end offsets minus the group's committed offsets, summed over partitions; measured every 10 s).</li>
 * </ul>
 * A growing lag with a steady age means reporting falls behind; a growing age with no lag means nothing
 * is being published.
 */
@Component
public class FreshnessMetrics {

    public static final String LAST_EVENT_AGE = "platform.reporting.last.event.age";
    public static final String LAG = "platform.reporting.consumer.lag";

    private static final Logger log = LoggerFactory.getLogger(FreshnessMetrics.class);

    private final JdbcClient jdbc;
    private final Generations generations;
    private final Clock clock;
    private final KafkaAdmin kafkaAdmin;
    private final String group;
    private final Map<String, AtomicLong> lag = new ConcurrentHashMap<>();
    private Admin admin;

    FreshnessMetrics(JdbcClient jdbc, Generations generations, Clock clock, KafkaAdmin kafkaAdmin, MeterRegistry meters,
                     @Value("${spring.kafka.consumer.group-id}") String group) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.clock = clock;
        this.kafkaAdmin = kafkaAdmin;
        this.group = group;
        Gauge.builder(LAST_EVENT_AGE, this, FreshnessMetrics::lastEventAgeSeconds)
                .description("Seconds since the newest event reflected in the serving read models")
                .baseUnit("seconds").register(meters);
        for (String topic : Topics.DOMAIN_TOPICS) {
            AtomicLong value = new AtomicLong(-1); // -1 until first measured
            lag.put(topic, value);
            Gauge.builder(LAG, value, AtomicLong::get).tag("topic", topic)
                    .description("Records on the topic not yet taken in by reporting's listener (-1: not measured yet)")
                    .baseUnit("records").register(meters);
        }
    }

    double lastEventAgeSeconds() {
        try {
            int gen = generations.active();
            Instant last = jdbc.sql("select max(last_event_time) from read_model_progress where gen = :gen")
                    .param("gen", gen).query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant)
                    .orElse(null);
            return last == null ? Double.NaN : Duration.between(last, clock.instant()).toMillis() / 1000.0;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @Scheduled(fixedDelayString = "${platform.reporting.lag-interval-ms:10000}", initialDelay = 1000)
    void measureLag() {
        try {
            Admin a = admin();
            Map<TopicPartition, OffsetAndMetadata> committed = a.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            for (String topic : Topics.DOMAIN_TOPICS) {
                a.describeTopics(java.util.List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic)
                        .partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = a.listOffsets(latest).all()
                    .get(5, TimeUnit.SECONDS);
            Map<String, Long> byTopic = new java.util.HashMap<>();
            ends.forEach((tp, info) -> {
                OffsetAndMetadata c = committed.get(tp);
                long behind = info.offset() - (c == null ? 0 : c.offset());
                byTopic.merge(tp.topic(), Math.max(0, behind), Long::sum);
            });
            byTopic.forEach((topic, n) -> lag.get(topic).set(n));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.debug("Could not measure consumer lag: {}", e.toString());
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
