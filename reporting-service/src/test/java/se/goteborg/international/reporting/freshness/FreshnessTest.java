package se.goteborg.international.reporting.freshness;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.Topics;
import se.goteborg.international.events.envelope.EventCodec;
import se.goteborg.international.reporting.ReportingFixtures;
import se.goteborg.international.reporting.ReportingFixtures.Snapshot;
import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformIntegrationTest
class FreshnessTest {

    @Autowired
    RestTestClient http;
    @Autowired
    EventCodec codec;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MeterRegistry meters;

    @Test
    void aProducedEventIsVisibleInTheApiWithinTwoSeconds() {
        ReportingFixtures fixtures = new ReportingFixtures(codec, kafka, http);
        Snapshot before = fixtures.overview();
        // warm-up: the first event after start-up may wait for partition assignment
        fixtures.publish(fixtures.proposed(UUID.randomUUID(), "TWIN_CITY", Instant.now()));
        Snapshot warm = fixtures.awaitApplied(before, 1);

        long start = System.nanoTime();
        fixtures.publish(fixtures.proposed(UUID.randomUUID(), "PARTNER_CITY", Instant.now()));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(25))
                .until(fixtures::overview, s -> s.eventsApplied() > warm.eventsApplied());
        Duration visibleAfter = Duration.ofNanos(System.nanoTime() - start);

        assertThat(visibleAfter).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void lastEventAgeAndConsumerLagAreExposed() {
        ReportingFixtures fixtures = new ReportingFixtures(codec, kafka, http);
        Snapshot before = fixtures.overview();
        fixtures.publish(fixtures.proposed(UUID.randomUUID(), "TWIN_CITY", Instant.now()));
        fixtures.awaitApplied(before, 1);

        double age = meters.get(FreshnessMetrics.LAST_EVENT_AGE).gauge().value();
        assertThat(age).isBetween(0.0, 60.0);
        await().atMost(Duration.ofSeconds(25)).until(() -> meters.get(FreshnessMetrics.LAG)
                .tag("topic", Topics.PARTNERSHIP_EVENTS).gauge().value() >= 0);
        http.get().uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.client("metrics-scraper", "metrics.read"))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).value(text -> assertThat(text)
                        .contains("platform_reporting_last_event_age_seconds")
                        .contains("platform_reporting_consumer_lag_records{"));
    }
}
