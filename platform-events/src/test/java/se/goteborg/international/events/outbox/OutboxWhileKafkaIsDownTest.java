package se.goteborg.international.events.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import se.goteborg.international.events.contract.partnership.PartnershipEvents;
import se.goteborg.international.events.Topics;
import se.goteborg.international.events.contract.partnership.PartnershipProposed;
import se.goteborg.international.localinfra.LocalKafka;
import se.goteborg.international.testsupport.KafkaTestConsumer;
import se.goteborg.international.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox's promise: writes succeed while Kafka is down, and once it is back every event
 * arrives, in order per aggregate. Uses a broker of its own so it can take Kafka away.
 */
@SpringBootTest
@ContextConfiguration(initializers = OutboxWhileKafkaIsDownTest.OwnBroker.class)
class OutboxWhileKafkaIsDownTest {

    static final LocalKafka kafka = LocalKafka.startTemporary();

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void writesSucceedWhileKafkaIsDownAndAllEventsArriveInOrderOnceItIsBack() throws Exception {
        List<UUID> aggregates = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        kafka.stop();
        try {
            for (int seq = 1; seq <= 5; seq++) {
                for (UUID aggregate : aggregates) {
                    int n = seq;
                    Instant before = Instant.now();
                    tx.executeWithoutResult(s -> outbox.append(PartnershipEvents.PROPOSED, aggregate.toString(),
                            new PartnershipProposed(aggregate, "TWIN_CITY", "seq-" + n, "NO", "PROPOSED")));
                    // the write never waits for Kafka
                    assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(1));
                }
            }
            Thread.sleep(1500); // the relay has tried, and failed, meanwhile
            assertThat(unpublishedOf(aggregates)).isEqualTo(15);
        } finally {
            kafka.start();
        }

        try (KafkaTestConsumer consumer = new KafkaTestConsumer(kafka.bootstrapServers(), Topics.PARTNERSHIP_EVENTS)) {
            List<ConsumerRecord<String, String>> records = consumer.awaitRecords(
                    all -> ofAggregates(all, aggregates).size() >= 15, Duration.ofSeconds(60));
            Map<String, List<String>> sequenceByKey = new LinkedHashMap<>();
            for (ConsumerRecord<String, String> r : ofAggregates(records, aggregates)) {
                String seq = r.value().replaceAll(".*\"cityName\":\"(seq-\\d+)\".*", "$1");
                List<String> seen = sequenceByKey.computeIfAbsent(r.key(), k -> new ArrayList<>());
                if (!seen.contains(seq)) { // at least once: a redelivered copy may follow
                    seen.add(seq);
                }
            }
            for (UUID aggregate : aggregates) {
                assertThat(sequenceByKey.get(aggregate.toString()))
                        .containsExactly("seq-1", "seq-2", "seq-3", "seq-4", "seq-5");
            }
        }
        assertThat(unpublishedOf(aggregates)).isZero();
    }

    @Test
    void aRolledBackChangeLeavesNoEvent() {
        UUID aggregate = UUID.randomUUID();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            outbox.append(PartnershipEvents.PROPOSED, aggregate.toString(),
                    new PartnershipProposed(aggregate, "TWIN_CITY", "Aarhus", "DK", "PROPOSED"));
            throw new IllegalStateException("the domain write failed");
        })).hasMessageContaining("domain write failed");
        assertThat(jdbc.queryForObject("select count(*) from platform.outbox_event where message_key = ?",
                Integer.class, aggregate.toString())).isZero();
    }

    @Test
    void anEventCannotBeWrittenOutsideTheChangesTransaction() {
        UUID aggregate = UUID.randomUUID();
        assertThatThrownBy(() -> outbox.append(PartnershipEvents.PROPOSED, aggregate.toString(),
                new PartnershipProposed(aggregate, "TWIN_CITY", "Turku", "FI", "PROPOSED")))
                .isInstanceOf(IllegalStateException.class);
    }

    private int unpublishedOf(List<UUID> aggregates) {
        return jdbc.queryForObject("""
                select count(*) from platform.outbox_event where published_at is null and message_key = any(?)""",
                Integer.class, (Object) aggregates.stream().map(UUID::toString).toArray(String[]::new));
    }

    private static List<ConsumerRecord<String, String>> ofAggregates(List<ConsumerRecord<String, String>> records,
                                                                     List<UUID> aggregates) {
        var keys = aggregates.stream().map(UUID::toString).collect(Collectors.toSet());
        return records.stream().filter(r -> keys.contains(r.key())).toList();
    }

    /** The shared test PostgreSQL, but this test's own broker. */
    static class OwnBroker implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestInfrastructure.Database db = TestInfrastructure.postgres();
            String name = db.createFreshDatabase("events_test");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ownBroker", Map.of(
                    "spring.datasource.url", db.jdbcUrl(name),
                    "spring.datasource.username", db.user(),
                    "spring.datasource.password", db.password(),
                    "spring.kafka.bootstrap-servers", kafka.bootstrapServers())));
        }
    }
}
