package se.goteborg.international.reporting.partnership;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.Topics;
import se.goteborg.international.events.contract.partnership.PartnershipProposed;
import se.goteborg.international.events.envelope.EventCodec;
import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.reporting.ReportingFixtures;
import se.goteborg.international.reporting.ReportingFixtures.Snapshot;
import se.goteborg.international.reporting.readmodel.ParkedEvents;
import se.goteborg.international.testsupport.KafkaTestConsumer;
import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** Partnership events in, overview figures out: over real Kafka and PostgreSQL. Figures are compared as deltas. */
@PlatformIntegrationTest
class PartnershipEventsTest {

    @Autowired
    RestTestClient http;
    @Autowired
    EventCodec codec;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    ReportingFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ReportingFixtures(codec, kafka, http);
    }

    @Test
    void proposedTwinAndPartnerCitiesShowInTheOverview() {
        Snapshot before = fixtures.overview();

        fixtures.publish(fixtures.proposed(UUID.randomUUID(), "TWIN_CITY", Instant.now()));
        fixtures.publish(fixtures.proposed(UUID.randomUUID(), "PARTNER_CITY", Instant.now()));

        Snapshot after = fixtures.awaitOverview(s -> s.eventsApplied() >= before.eventsApplied() + 2);
        assertThat(after.total()).isEqualTo(before.total() + 2);
        assertThat(after.kind("TWIN_CITY")).isEqualTo(before.kind("TWIN_CITY") + 1);
        assertThat(after.kind("PARTNER_CITY")).isEqualTo(before.kind("PARTNER_CITY") + 1);
        assertThat(after.status("PROPOSED")).isEqualTo(before.status("PROPOSED") + 2);
        assertThat(after.lastEventTime()).isNotNull();
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        Snapshot before = fixtures.overview();
        UUID id = UUID.randomUUID();
        EventEnvelope event = fixtures.proposed(id, "TWIN_CITY", Instant.now());

        fixtures.publish(event);
        fixtures.publish(event);
        // a later event of the same partnership, on the same partition: once it shows, both copies were read
        fixtures.publish(fixtures.proposed(id, "TWIN_CITY", Instant.now().plusSeconds(1)));

        Snapshot after = fixtures.awaitOverview(s -> s.eventsApplied() >= before.eventsApplied() + 2);
        assertThat(after.eventsApplied()).as("the repeated copy is not taken in again")
                .isEqualTo(before.eventsApplied() + 2);
        assertThat(after.total()).isEqualTo(before.total() + 1);
        assertThat(after.kind("TWIN_CITY")).isEqualTo(before.kind("TWIN_CITY") + 1);
    }

    @Test
    void anOlderEventArrivingLateDoesNotUndoANewerOne() {
        Snapshot before = fixtures.overview();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();

        fixtures.publish(fixtures.proposed(id, "PARTNER_CITY", now));
        fixtures.publish(fixtures.proposed(id, "TWIN_CITY", now.minusSeconds(60)));

        Snapshot after = fixtures.awaitOverview(s -> s.eventsApplied() >= before.eventsApplied() + 2);
        assertThat(after.kind("PARTNER_CITY")).isEqualTo(before.kind("PARTNER_CITY") + 1);
        assertThat(after.kind("TWIN_CITY")).isEqualTo(before.kind("TWIN_CITY"));
        assertThat(after.total()).isEqualTo(before.total() + 1);
    }

    @Test
    void malformedMessagesGoToTheDeadLetterTopicAndLaterEventsStillApply() {
        Snapshot before = fixtures.overview();
        UUID id = UUID.randomUUID();
        String marker = UUID.randomUUID().toString();

        // same key as the good event, so they sit ahead of it on its partition
        fixtures.publishRaw(id.toString(), "{not json " + marker);
        fixtures.publishRaw(id.toString(), "{\"specversion\":\"1.0\",\"marker\":\"" + marker + "\",\"data\":{}}");
        fixtures.publish(fixtures.proposed(id, "PARTNER_CITY", Instant.now()));

        try (KafkaTestConsumer deadLetters = new KafkaTestConsumer(TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetter("reporting-service"))) {
            List<ConsumerRecord<String, String>> dead = deadLetters.awaitContaining(marker, 2, Duration.ofSeconds(20));
            assertThat(dead).extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrder("{not json " + marker,
                            "{\"specversion\":\"1.0\",\"marker\":\"" + marker + "\",\"data\":{}}");
            assertThat(dead).allSatisfy(r -> assertThat(headersText(r)).contains("Malformed event"));
        }
        Snapshot after = fixtures.awaitOverview(s -> s.eventsApplied() >= before.eventsApplied() + 1);
        assertThat(after.kind("PARTNER_CITY")).isEqualTo(before.kind("PARTNER_CITY") + 1);
    }

    @Test
    void anEventOfAnUnknownVersionIsParkedAndCountedAndLaterEventsStillApply() {
        EventType<PartnershipProposed> v9 = new EventType<>("partnership.proposed", 9, Topics.PARTNERSHIP_EVENTS,
                PartnershipProposed.class);
        double parkedBefore = parkedCount(v9.wireType());
        Snapshot before = fixtures.overview();
        UUID id = UUID.randomUUID();
        EventEnvelope unknown = fixtures.proposed(v9, id, "TWIN_CITY", Instant.now());

        fixtures.publish(unknown);
        fixtures.publish(fixtures.proposed(id, "PARTNER_CITY", Instant.now().plusSeconds(1)));

        Snapshot after = fixtures.awaitOverview(s -> s.eventsApplied() >= before.eventsApplied() + 1);
        assertThat(after.kind("PARTNER_CITY")).isEqualTo(before.kind("PARTNER_CITY") + 1);
        assertThat(after.kind("TWIN_CITY")).as("the v9 event is not applied").isEqualTo(before.kind("TWIN_CITY"));
        assertThat(after.eventsApplied()).isEqualTo(before.eventsApplied() + 1);

        Map<String, Object> row = jdbc.sql("select event_type, subject, topic, payload from parked_event where event_id = :id")
                .param("id", unknown.id()).query().singleRow();
        assertThat(row).containsEntry("event_type", "se.goteborg.intl.partnership.proposed.v9")
                .containsEntry("subject", id.toString())
                .containsEntry("topic", Topics.PARTNERSHIP_EVENTS);
        assertThat((String) row.get("payload")).isEqualTo(codec.write(unknown));
        assertThat(parkedCount(v9.wireType())).isEqualTo(parkedBefore + 1);
    }

    private double parkedCount(String type) {
        Counter counter = meters.find(ParkedEvents.PARKED_METRIC).tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String headersText(ConsumerRecord<String, String> record) {
        StringBuilder text = new StringBuilder();
        for (Header h : record.headers()) {
            text.append(h.key()).append('=').append(new String(h.value(), StandardCharsets.UTF_8)).append('\n');
        }
        return text.toString();
    }
}
