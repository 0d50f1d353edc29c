package se.goteborg.international.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.contract.partnership.PartnershipEvents;
import se.goteborg.international.events.EventCatalog;
import se.goteborg.international.events.EventType;
import se.goteborg.international.events.Topics;
import se.goteborg.international.events.contract.partnership.PartnershipProposed;
import se.goteborg.international.events.envelope.EventCodec;
import se.goteborg.international.events.envelope.EventEnvelope;

import static org.awaitility.Awaitility.await;

/**
 * What reporting's tests do over and over: publish partnership events as partnership-service would
 * (a CloudEvents envelope keyed by aggregate id), and read the overview as a user would (over HTTP).
 */
public final class ReportingFixtures {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private final EventCodec codec;
    private final KafkaTemplate<String, String> kafka;
    private final RestTestClient http;

    public ReportingFixtures(EventCodec codec, KafkaTemplate<String, String> kafka, RestTestClient http) {
        this.codec = codec;
        this.kafka = kafka;
        this.http = http;
    }

    public EventEnvelope proposed(UUID partnershipId, String kind, Instant time) {
        return proposed(PartnershipEvents.PROPOSED, partnershipId, kind, time);
    }

    /** A "proposed" event of any version, e.g. one a newer producer would publish. */
    public EventEnvelope proposed(EventType<PartnershipProposed> type, UUID partnershipId, String kind, Instant time) {
        return codec.wrap(type, partnershipId.toString(),
                new PartnershipProposed(partnershipId, kind, "City " + partnershipId.toString().substring(0, 8), "NO",
                        "PROPOSED"), time);
    }

    /** Publishes on the event type's topic (the partnership topic for a type this build does not know). */
    public void publish(EventEnvelope envelope) {
        String topic = EventCatalog.byWireType(envelope.type()).map(EventType::topic).orElse(Topics.PARTNERSHIP_EVENTS);
        publishRaw(topic, envelope.subject(), codec.write(envelope));
    }

    /** Wraps and publishes one event of the aggregate {@code id}, happening at {@code time}. */
    public <T> EventEnvelope publish(EventType<T> type, UUID id, T payload, Instant time) {
        EventEnvelope e = codec.wrap(type, id.toString(), payload, time);
        publish(e);
        return e;
    }

    public <T> EventEnvelope publish(EventType<T> type, UUID id, T payload) {
        return publish(type, id, payload, Instant.now());
    }

    public void publishRaw(String topic, String key, String value) {
        try {
            kafka.send(topic, key, value).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish test event", e);
        }
    }

    /** Any report as JSON. */
    public Map<String, Object> get(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    /** Waits until the read models took in {@code count} more events than {@code before}. */
    public Snapshot awaitApplied(Snapshot before, long count) {
        return awaitOverview(s -> s.eventsApplied() >= before.eventsApplied() + count);
    }

    /** Sends any text on the partnership topic and waits for the broker's acknowledgement. */
    public void publishRaw(String key, String value) {
        try {
            kafka.send(Topics.PARTNERSHIP_EVENTS, key, value).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish test event", e);
        }
    }

    public Snapshot overview() {
        return overview("/api/reports/overview");
    }

    @SuppressWarnings("unchecked")
    public Snapshot overview(String uri) {
        Map<String, Object> body = http.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
        Map<String, Object> partnerships = (Map<String, Object>) body.get("partnerships");
        Map<String, Object> asOf = (Map<String, Object>) body.get("asOf");
        return new Snapshot(number(partnerships.get("total")), numbers(partnerships.get("byKind")),
                numbers(partnerships.get("byStatus")), number(asOf.get("eventsApplied")),
                (String) asOf.get("lastEventTime"));
    }

    /** Polls the overview until {@code done} holds; read models are eventually consistent. */
    public Snapshot awaitOverview(Predicate<Snapshot> done) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(this::overview, done::test);
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> numbers(Object o) {
        Map<String, Long> result = new LinkedHashMap<>();
        ((Map<String, Object>) o).forEach((k, v) -> result.put(k, number(v)));
        return result;
    }

    /** The overview's figures, as read from its JSON. */
    public record Snapshot(long total, Map<String, Long> byKind, Map<String, Long> byStatus, long eventsApplied,
                           String lastEventTime) {

        public long kind(String kind) {
            return byKind.getOrDefault(kind, 0L);
        }

        public long status(String status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }
}
