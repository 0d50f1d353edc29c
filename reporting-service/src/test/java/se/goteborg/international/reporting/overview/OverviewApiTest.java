package se.goteborg.international.reporting.overview;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.envelope.EventCodec;
import se.goteborg.international.reporting.ReportingFixtures;
import se.goteborg.international.reporting.ReportingFixtures.Snapshot;
import se.goteborg.international.testsupport.PlatformIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformIntegrationTest
class OverviewApiTest {

    @Autowired
    RestTestClient http;
    @Autowired
    EventCodec codec;
    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void theKindFilterCountsOnlyThatKindAndStillListsEveryKind() {
        ReportingFixtures fixtures = new ReportingFixtures(codec, kafka, http);
        Snapshot before = fixtures.overview();
        fixtures.publish(fixtures.proposed(UUID.randomUUID(), "TWIN_CITY", Instant.now()));
        Snapshot all = fixtures.awaitOverview(s -> s.eventsApplied() > before.eventsApplied());

        Snapshot partnerCities = fixtures.overview("/api/reports/overview?kind=PARTNER_CITY");

        assertThat(partnerCities.byKind()).containsOnlyKeys("TWIN_CITY", "PARTNER_CITY")
                .containsEntry("TWIN_CITY", 0L)
                .containsEntry("PARTNER_CITY", all.kind("PARTNER_CITY"));
        assertThat(partnerCities.total()).isEqualTo(all.kind("PARTNER_CITY"));
        assertThat(all.kind("TWIN_CITY")).isPositive();
    }

    @Test
    void anUnknownKindIsRefusedWithProblemJsonNamingTheParameter() {
        http.get().uri("/api/reports/overview?kind=SISTER_CITY").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo("kind")
                .jsonPath("$.errors[0].message").value(String.class,
                        m -> assertThat(m).contains("TWIN_CITY", "PARTNER_CITY"));
    }

    @Test
    void theOverviewIsDocumentedInOpenApi() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/reports/overview'].get.summary")
                .isEqualTo("Partnership counts by kind and status, and how current they are")
                .jsonPath("$.paths['/api/reports/overview'].get.parameters[0].name").isEqualTo("kind");
    }
}
