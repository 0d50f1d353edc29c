package se.goteborg.international.project.project;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.Topics;
import se.goteborg.international.testsupport.KafkaTestConsumer;
import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static se.goteborg.international.project.ProjectFixtures.JSON;
import static se.goteborg.international.project.ProjectFixtures.command;
import static se.goteborg.international.project.ProjectFixtures.project;
import static se.goteborg.international.project.ProjectFixtures.register;

@PlatformIntegrationTest
class ProjectApiTest {

    @Autowired
    RestTestClient http;

    @Test
    void aProjectGoesThroughItsLifecycleAndEveryStepIsPublished() {
        UUID partnership = UUID.randomUUID();
        Map<String, Object> body = project("Lifecycle Harbour");
        body.put("partners", List.of(Map.of("name", "Bergen kommune", "countryCode", "NO", "city", "Bergen",
                "role", "PARTNER", "partnershipId", partnership.toString())));
        Map<String, Object> created = register(http, body);
        String id = (String) created.get("id");
        assertThat(created).containsEntry("status", "IDEA");
        assertThat(((Map<?, ?>) created.get("budget")).get("coFinancingRate")).isEqualTo(0.65);

        command(http, id, "submit", null);
        Map<String, Object> granted = command(http, id, "grant", Map.of("decisionDate", "2025-03-14", "grantedAmount", "600000.00"));
        assertThat(granted).containsEntry("status", "GRANTED").containsEntry("grantDecisionDate", "2025-03-14");
        command(http, id, "start", null);
        http.post().uri("/api/projects/{id}/indicators", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "RCO87", "baseline", 0, "target", 12)).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.indicators[0].name").isEqualTo("Organisations cooperating across borders");
        http.post().uri("/api/projects/{id}/indicators/RCO87/reports", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reportedOn", "2025-06-30", "value", 5)).exchange().expectStatus().isCreated();
        http.get().uri("/api/projects/{id}/indicators", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.indicators[0].latestActual").isEqualTo(5)
                .jsonPath("$.reports.length()").isEqualTo(1);
        Map<String, Object> done = command(http, id, "complete", null);
        assertThat(done).containsEntry("status", "COMPLETED");

        // partnership-service finds the project by its partnership
        http.get().uri("/api/projects?partnershipId={p}", partnership).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(id);

        try (KafkaTestConsumer events = new KafkaTestConsumer(TestInfrastructure.kafkaBootstrapServers(),
                Topics.PROJECT_EVENTS)) {
            List<ConsumerRecord<String, String>> records = events.awaitContaining("\"subject\":\"" + id + "\"", 8,
                    Duration.ofSeconds(20));
            List<String> values = records.stream().map(ConsumerRecord::value).toList();
            assertThat(records).allMatch(r -> r.key().equals(id));
            assertThat(values.get(0)).contains("se.goteborg.intl.project.registered.v1")
                    .contains("\"partnershipId\":\"" + partnership + "\"").contains("\"totalBudget\":1000000.00");
            assertThat(values).anyMatch(v -> v.contains("se.goteborg.intl.project.granted.v1")
                    && v.contains("\"grantedAmount\":600000.00") && v.contains("\"decisionDate\":\"2025-03-14\""));
            assertThat(values).anyMatch(v -> v.contains("se.goteborg.intl.project.indicator-reported.v1")
                    && v.contains("\"indicatorCode\":\"RCO87\""));
            assertThat(values.stream().filter(v -> v.contains("se.goteborg.intl.project.status-changed.v1")).count())
                    .isEqualTo(4);
        }
    }

    @Test
    void refusedTransitionsAndRulesAnswer422AndChangeNothing() {
        String id = (String) register(http, project("Refusals")).get("id");
        http.post().uri("/api/projects/{id}/start", id).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("transition-not-allowed")
                .jsonPath("$.errors[0].field").isEqualTo("status");
        command(http, id, "submit", null);
        http.post().uri("/api/projects/{id}/grant", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("decisionDate", "2025-03-14", "grantedAmount", "1000000.01")).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.code").isEqualTo("grant-exceeds-budget");
        http.post().uri("/api/projects/{id}/reject", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "")).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.code").isEqualTo("reason-required");
        http.post().uri("/api/projects/{id}/indicators", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "GBG_CONTACTS", "baseline", 0, "target", 40)).exchange().expectStatus().isCreated();
        http.post().uri("/api/projects/{id}/indicators/GBG_CONTACTS/reports", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reportedOn", "2025-06-30", "value", 5)).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.code").isEqualTo("actuals-not-allowed");
        http.get().uri("/api/projects/{id}", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("APPLICATION_SUBMITTED")
                .jsonPath("$.grantedAmount").doesNotExist()
                .jsonPath("$.indicators[0].latestActual").doesNotExist();
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        Map<String, Object> created = register(http, project("Versioned"));
        String id = (String) created.get("id");
        Map<String, Object> body = project("Versioned, renamed");
        http.put().uri("/api/projects/{id}", id).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
        http.put().uri("/api/projects/{id}", id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.title").isEqualTo("Versioned, renamed");
        body.put("title", "Lost update");
        http.put().uri("/api/projects/{id}", id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED)
                .expectBody().jsonPath("$.code").isEqualTo("stale-version");
        http.get().uri("/api/projects/{id}", id).exchange().expectBody().jsonPath("$.title").isEqualTo("Versioned, renamed");
    }

    @Test
    void anEditedDescriptionIsInTheAuditTrail() {
        String id = (String) register(http, project("Described")).get("id");
        Map<String, Object> body = project("Described");
        body.put("description", "Low-emission logistics, now with the rail freight operators");
        http.put().uri("/api/projects/{id}", id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().expectStatus().isOk();
        // no event carries the description, but the history says what changed (it, and the version), from what to what
        http.get().uri("/api/projects/{id}/audit", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[1].action").isEqualTo("update")
                .jsonPath("$[1].changes[*].field").isEqualTo(List.of("description", "version"))
                .jsonPath("$[1].changes[0].from").isEqualTo("Low-emission logistics around the port")
                .jsonPath("$[1].changes[0].to").isEqualTo("Low-emission logistics, now with the rail freight operators");
    }

    @Test
    void twoUnitsApplyingToOneCallSeeEachOtherAndAnEventSaysSo() {
        Map<String, Object> first = project("Call A, unit 1");
        first.put("callIdentifier", "HORIZON-CL5-2024-D4-01");
        first.put("leadUnit", Map.of("type", "FORVALTNING", "name", "Stadsledningskontoret"));
        String a = (String) register(http, first).get("id");
        Map<String, Object> sameUnit = project("Call A, unit 1 again");
        sameUnit.put("callIdentifier", "horizon-cl5-2024-d4-01");
        sameUnit.put("leadUnit", Map.of("type", "FORVALTNING", "name", "Stadsledningskontoret"));
        Map<String, Object> own = register(http, sameUnit);
        assertThat((List<?>) own.get("competingApplications")).as("same unit is no competition").isEmpty();

        Map<String, Object> second = project("Call A, unit 2");
        second.put("callIdentifier", "HORIZON-CL5-2024-D4-01");
        second.put("leadUnit", Map.of("type", "NAMND", "name", "Miljö- och klimatnämnden"));
        Map<String, Object> b = register(http, second);
        assertThat((List<Map<String, Object>>) b.get("competingApplications")).extracting(m -> m.get("projectId"))
                .contains(a);
        http.get().uri("/api/projects/{id}", a).exchange().expectBody()
                .jsonPath("$.competingApplications[?(@.projectId == '" + b.get("id") + "')]").exists();
        // a further change to b does not announce the same pair again
        command(http, (String) b.get("id"), "submit", null);

        try (KafkaTestConsumer events = new KafkaTestConsumer(TestInfrastructure.kafkaBootstrapServers(),
                Topics.PROJECT_EVENTS)) {
            List<ConsumerRecord<String, String>> detected = events.awaitContaining(
                    "project.competing-application-detected", 2, Duration.ofSeconds(20));
            List<String> forB = detected.stream().map(ConsumerRecord::value)
                    .filter(v -> v.contains("\"subject\":\"" + b.get("id") + "\"")).toList();
            assertThat(forB).hasSize(2); // b competes with both of unit 1's projects, each pair once
            assertThat(forB).anyMatch(v -> v.contains("\"competingProjectId\":\"" + a + "\""));
        }
    }

    @Test
    void theListFiltersAndPages() {
        Map<String, Object> body = project("Filterable Culture Exchange");
        body.put("programme", "CREATIVE_EUROPE");
        body.put("primaryPriorityArea", "OWN_OPERATIONS");
        body.put("otherPriorityAreas", List.of("EXTERNAL_MONITORING"));
        body.put("leadUnit", Map.of("type", "NAMND", "name", "Kulturnämnden"));
        body.put("startDate", "2031-01-01");
        body.put("endDate", "2032-06-30");
        body.put("partners", List.of(Map.of("name", "Turun kaupunki", "countryCode", "FI", "role", "COORDINATOR")));
        String id = (String) register(http, body).get("id");

        for (String query : List.of("programme=CREATIVE_EUROPE", "unit=kulturnämnden", "priorityArea=EXTERNAL_MONITORING",
                "partnerCountry=FI", "year=2032", "q=CULTURE", "status=IDEA&unitType=NAMND")) {
            Map<String, Object> page = http.get().uri("/api/projects?" + query).exchange().expectStatus().isOk()
                    .expectBody(JSON).returnResult().getResponseBody();
            assertThat((List<Map<String, Object>>) page.get("items")).as(query).extracting(m -> m.get("id")).contains(id);
        }
        http.get().uri("/api/projects?year=2033&programme=CREATIVE_EUROPE").exchange().expectBody()
                .jsonPath("$.totalItems").isEqualTo(0);
        http.get().uri("/api/projects?q=%25").exchange().expectBody().jsonPath("$.totalItems").isEqualTo(0);
        http.get().uri("/api/projects?size=1&page=0").exchange().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.size").isEqualTo(1);
    }

    @Test
    void programmesAreAManagedList() {
        Map<String, Object> body = project("Unknown programme");
        body.put("programme", "HOGWARTS_FUND");
        http.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("programme");
        http.post().uri("/api/projects/programmes").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", "HOGWARTS_FUND", "name", "Example fund", "euFunded", false)).exchange()
                .expectStatus().isCreated();
        register(http, body);
        http.get().uri("/api/projects/programmes").exchange().expectBody()
                .jsonPath("$[?(@.code == 'HORIZON_EUROPE')]").exists();
    }
}
