package se.goteborg.international.partnership.partnership;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.events.Topics;
import se.goteborg.international.partnership.ApiFixtures;
import se.goteborg.international.testsupport.KafkaTestConsumer;
import se.goteborg.international.testsupport.TestTokens;
import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static se.goteborg.international.partnership.ApiFixtures.JSON_OBJECT;
import static se.goteborg.international.partnership.ApiFixtures.decision;
import static se.goteborg.international.partnership.ApiFixtures.twinCity;

/** The main journey over HTTP, against real PostgreSQL and Kafka. */
@PlatformIntegrationTest
class PartnershipApiTest {

    @Autowired
    RestTestClient http;

    @Autowired
    JsonMapper json;

    @Test
    void proposingAPartnershipStoresItAndPublishesItsEvent() {
        Map<String, Object> created = http.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + TestTokens.user("anna.andersson", TestTokens.CITY_OFFICE, "INTERNATIONAL_OFFICE"))
                .body(Map.of("kind", "TWIN_CITY", "cityName", "Bergen", "countryCode", "NO"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().exists("Location")
                .expectHeader().valueEquals("ETag", "\"0\"")
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
        assertThat(created).containsEntry("status", "PROPOSED").containsEntry("kind", "TWIN_CITY");
        String id = (String) created.get("id");

        http.get().uri("/api/partnerships/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.cityName").isEqualTo("Bergen");

        JsonNode event = awaitEvents(id, 1).get(0);
        assertThat(event.get("type").asString()).isEqualTo("se.goteborg.intl.partnership.proposed.v1");
        assertThat(event.get("subject").asString()).isEqualTo(id);
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        // the first version's fields stay, for reporting; the snapshot and the actor are added
        JsonNode data = event.get("data");
        assertThat(data.get("partnershipId").asString()).isEqualTo(id);
        assertThat(data.get("kind").asString()).isEqualTo("TWIN_CITY");
        assertThat(data.get("cityName").asString()).isEqualTo("Bergen");
        assertThat(data.get("countryCode").asString()).isEqualTo("NO");
        assertThat(data.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(data.get("partnership").get("version").asLong()).isZero();
        assertThat(data.get("changedBy").asString()).isEqualTo("anna.andersson");
        // every event's envelope says who caused it and for which unit (the audit's "who")
        assertThat(event.get("actor").asString()).isEqualTo("anna.andersson");
        assertThat(event.get("actorunit").asString()).isEqualTo(TestTokens.CITY_OFFICE);
    }

    /** The "done when": create a twin city, be refused without KF, activate with KF, record an activity, list. */
    @Test
    void aTwinCityIsRefusedWithoutACityCouncilDecisionThenActivatedAndGetsAnActivity() {
        ApiFixtures api = new ApiFixtures(http);
        String id = (String) api.create(twinCity("Tampere", "FI")).get("id");

        http.post().uri("/api/partnerships/{id}/activate", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("decision", decision("KS"))).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("twin-city-needs-kf-decision")
                .jsonPath("$.detail").isEqualTo("a twin city needs a decision by the city council (KF) to activate")
                .jsonPath("$.errors[0].field").isEqualTo("decision.body");
        http.post().uri("/api/partnerships/{id}/activate", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of()).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("decision");
        assertThat(api.get(id)).containsEntry("status", "PROPOSED").containsEntry("version", 0);

        http.post().uri("/api/partnerships/{id}/activate", id).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("decision", decision("KF"))).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo("ACTIVE")
                .jsonPath("$.decisions[0].body").isEqualTo("KF")
                .jsonPath("$.decisions[0].caseReference").isEqualTo("KF 2025/00123");

        var recorded = http.post().uri("/api/partnerships/{id}/activities", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("type", "MEETING", "title", "Nordic twin-city meeting 2025", "startDate", "2025-09-18",
                        "theme", "Green transition", "host", "Tampereen kaupunki", "units", List.of("Stadsledningskontoret"),
                        "priorityAreas", List.of("EXTERNAL_MONITORING"), "outcomes", "Joint declaration"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().exists("Location")
                .expectBody(JSON_OBJECT).returnResult();
        assertThat(recorded.getResponseBody()).containsEntry("theme", "Green transition");
        http.get().uri(recorded.getResponseHeaders().getLocation()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.title").isEqualTo("Nordic twin-city meeting 2025");
        http.get().uri("/api/partnerships/{id}/activities", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].host").isEqualTo("Tampereen kaupunki");

        http.get().uri("/api/partnerships?kind=TWIN_CITY&status=ACTIVE&country=FI&q=tamp").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].id").isEqualTo(List.of(id));

        List<JsonNode> events = awaitEvents(id, 3);
        assertThat(events).extracting(e -> e.get("type").asString()).containsExactly(
                "se.goteborg.intl.partnership.proposed.v1", "se.goteborg.intl.partnership.activated.v1",
                "se.goteborg.intl.partnership.activity-recorded.v1");
        JsonNode activated = events.get(1).get("data");
        assertThat(activated.get("decision").get("body").asString()).isEqualTo("KF");
        assertThat(activated.get("partnership").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(activated.get("partnership").get("mutualBenefit").asString()).contains("Gothenburg");
        assertThat(activated.get("changedBy").asString()).isEqualTo("ingrid.io");
        JsonNode activity = events.get(2).get("data");
        assertThat(activity.get("activityType").asString()).isEqualTo("MEETING");
        assertThat(activity.get("priorityAreas").get(0).asString()).isEqualTo("EXTERNAL_MONITORING");
    }

    @Test
    void listsFilterByEveryCriterionAndPage() {
        ApiFixtures api = new ApiFixtures(http);
        String marker = "Filtertown" + System.nanoTime();
        Map<String, Object> a = twinCity(marker + " A", "DK");
        a.put("responsibleUnit", "Kulturförvaltningen");
        a.put("cooperationAreas", List.of("CULTURE"));
        String idA = (String) api.create(a).get("id");
        Map<String, Object> b = ApiFixtures.partnerCity(marker + " B", "ZA", "2030-12-31");
        b.put("cooperationAreas", List.of("ENVIRONMENT"));
        String idB = (String) api.create(b).get("id");

        assertThat(ids("q=" + marker)).containsExactly(idA, idB);
        assertThat(ids("q=" + marker + "&kind=PARTNER_CITY")).containsExactly(idB);
        assertThat(ids("q=" + marker + "&country=DK")).containsExactly(idA);
        assertThat(ids("q=" + marker + "&priorityArea=BUSINESS_DEVELOPMENT")).containsExactly(idB);
        assertThat(ids("q=" + marker + "&cooperationArea=CULTURE")).containsExactly(idA);
        assertThat(ids("q=" + marker + "&unit=kulturförvaltningen")).containsExactly(idA);
        assertThat(ids("q=" + marker + "&status=ACTIVE")).isEmpty();
        http.get().uri("/api/partnerships?q=" + marker + "&size=1&page=1").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.totalPages").isEqualTo(2)
                .jsonPath("$.items[0].id").isEqualTo(idB);
    }

    @Test
    void cooperationAreasAreAManagedVocabularyKeptAsData(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        http.get().uri("/api/partnerships/cooperation-areas").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.code == 'CULTURE')].nameSv").isEqualTo(List.of("Kultur"));
        Map<String, Object> body = twinCity("Vocabtown", "NO");
        body.put("cooperationAreas", List.of("SPACE_TRAVEL"));
        http.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.code").isEqualTo("unknown-cooperation-area")
                .jsonPath("$.errors[0].field").isEqualTo("cooperationAreas");
        // the city extends the vocabulary with data, not a release
        jdbc.sql("insert into cooperation_area (code, name_en, name_sv) values ('SPACE_TRAVEL', 'Space', 'Rymden')").update();
        http.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.cooperationAreas[0]").isEqualTo("SPACE_TRAVEL");
    }

    @Test
    void theApiIsDocumentedWithExamplesAndTheRefusalsItGives() {
        http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/partnerships/{id}/activate'].post.responses['422'].content['application/problem+json'].examples").exists()
                .jsonPath("$.paths['/api/partnerships/{id}/activities'].post").exists()
                .jsonPath("$.paths['/api/partnerships/cooperation-areas'].get").exists()
                .jsonPath("$.paths['/api/memberships/{id}/activate'].post").exists()
                .jsonPath("$.components.schemas.ProposePartnershipRequest.properties.cityName.example").isEqualTo("Bergen")
                .jsonPath("$.components.schemas.DecisionInput.properties.caseReference.example").isEqualTo("KF 2025/00123");
    }

    private List<String> ids(String query) {
        Map<String, Object> page = http.get().uri("/api/partnerships?" + query).exchange().expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
        return ((List<?>) page.get("items")).stream().map(i -> (String) ((Map<?, ?>) i).get("id")).toList();
    }

    private List<JsonNode> awaitEvents(String aggregateId, int count) {
        try (KafkaTestConsumer events = new KafkaTestConsumer(TestInfrastructure.kafkaBootstrapServers(),
                Topics.PARTNERSHIP_EVENTS)) {
            List<ConsumerRecord<String, String>> records = events.awaitRecords(all -> all.stream()
                    .filter(r -> aggregateId.equals(r.key())).count() >= count, Duration.ofSeconds(20));
            return records.stream().filter(r -> aggregateId.equals(r.key())).map(r -> json.readTree(r.value())).toList();
        }
    }
}
