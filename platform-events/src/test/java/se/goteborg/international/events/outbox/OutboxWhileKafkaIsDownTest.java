package se.goteborg.international.events.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
import se.goteborg.international.localinfra.LocalPostgres;
import se.goteborg.international.testsupport.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox's promise: writes succeed while Kafka is down, and once it is back every event
 * arrives, in order per aggregate. What operators see meanwhile: the backlog gauge climbs and drains
 * back to 0, readiness stays UP with the {@code kafka} component DEGRADED; and readiness does go DOWN
 * (liveness staying UP) once the database is gone. Uses a broker and a PostgreSQL server of its own
 * so it can take them away, with the shared service defaults (health groups) every service gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.web-application-type=servlet")
@ContextConfiguration(initializers = OutboxWhileKafkaIsDownTest.OwnBroker.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxWhileKafkaIsDownTest {

    static final LocalKafka kafka = LocalKafka.startTemporary();
    /** A server of its own, since the last test stops it (the shared one must stay up for others). */
    static final LocalPostgres postgres = LocalPostgres.startTemporary();

    private final HttpClient httpClient = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stopBrokerAndDatabase() {
        kafka.close();
        postgres.close();
    }

    @Test
    @Order(1)
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
            // what an operator sees: the backlog climbs, the service stays ready, Kafka shows DEGRADED
            assertThat(backlogGauge()).isGreaterThanOrEqualTo(15);
            assertThat(meters.get("platform.outbox.oldest.age").gauge().value()).isGreaterThan(0);
            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
            assertThat(JsonPath.<String>read(readiness.body(), "$.status")).isEqualTo("UP");
            HttpResponse<String> health = get("/actuator/health");
            assertThat(health.statusCode()).as("DEGRADED still answers 200: %s", health.body()).isEqualTo(200);
            assertThat(JsonPath.<String>read(health.body(), "$.components.kafka.status")).isEqualTo("DEGRADED");
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
        // and the backlog drains back to nothing
        Instant deadline = Instant.now().plusSeconds(10);
        while (backlogGauge() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(backlogGauge()).isZero();
        assertThat(JsonPath.<String>read(get("/actuator/health").body(), "$.components.kafka.status")).isEqualTo("UP");
    }

    @Test
    @Order(Integer.MAX_VALUE) // takes the database away for good: the last test of this context
    void readinessGoesDownWithoutTheDatabaseWhileLivenessStaysUp() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        postgres.close();

        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        assertThat(JsonPath.<String>read(readiness.body(), "$.status")).isEqualTo("DOWN");
        assertThat(JsonPath.<String>read(readiness.body(), "$.components.db.status")).isEqualTo("DOWN");
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).as(liveness.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(liveness.body(), "$.status")).isEqualTo("UP");
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

    private double backlogGauge() {
        return meters.get("platform.outbox.backlog").gauge().value();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return httpClient.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
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

    /** This test's own PostgreSQL server and broker. */
    static class OwnBroker implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            postgres.createDatabaseIfMissing("events_test");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ownBroker", Map.of(
                    "spring.datasource.url", postgres.jdbcUrl("events_test"),
                    "spring.datasource.username", LocalPostgres.USER,
                    "spring.datasource.password", "",
                    // a dead database must be noticed quickly, not after Hikari's 30 s
                    "spring.datasource.hikari.connection-timeout", "2000",
                    "spring.kafka.bootstrap-servers", kafka.bootstrapServers())));
        }
    }
}
