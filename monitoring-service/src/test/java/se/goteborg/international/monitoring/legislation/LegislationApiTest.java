package se.goteborg.international.monitoring.legislation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.Topics;
import se.goteborg.international.testsupport.KafkaTestConsumer;
import se.goteborg.international.testsupport.TestTokens;
import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** The journey of the issue: add by CELEX, be refused with a reason, assess, subscribe, see the alert. */
@PlatformIntegrationTest
class LegislationApiTest {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    RestTestClient http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    private double alertsRaised(String reason) {
        return meters.get("platform.monitoring.alerts.raised").tag("reason", reason).counter().count();
    }

    private Map<String, Object> post(String uri, String body, HttpStatus expected) {
        return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(expected).expectBody(JSON).returnResult().getResponseBody();
    }

    @Test
    void addAssessSubscribeAndBeAlertedWhenTheStageChanges() {
        double alertsBefore = alertsRaised("STAGE_CHANGED");
        Map<String, Object> item = post("/api/legislation", """
                {"celex":"52021PC0206","procedureReference":"2021/0106(COD)",
                 "titleEn":"Proposal for a Regulation laying down harmonised rules on artificial intelligence",
                 "subjectAreas":["Artificial Intelligence"],"dates":{"proposal":"2021-04-21"}}""", HttpStatus.CREATED);
        String id = (String) item.get("id");
        assertThat(item).containsEntry("type", "PROPOSAL").containsEntry("stage", "PROPOSED")
                .containsEntry("subjectAreas", List.of("artificial intelligence"));

        post("/api/legislation/" + id + "/assessments", """
                {"unit":"Stadsledningskontoret","relevance":"HIGH","influence":"LEGAL",
                 "expectedImpact":"AI systems in welfare services may be high-risk","actions":"Inventory of AI systems",
                 "dueDate":"2027-06-30"}""", HttpStatus.CREATED);
        post("/api/subscriptions", """
                {"unit":"Intraservice","kind":"ITEM","value":"%s"}""".formatted(id), HttpStatus.CREATED);

        http.post().uri("/api/legislation/{id}/stage", id).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"0\"").header("Authorization", "Bearer " + TestTokens.user("anna.andersson", TestTokens.CITY_OFFICE, "INTERNATIONAL_OFFICE"))
                .body("{\"stage\":\"UNDER_NEGOTIATION\",\"reason\":\"Trilogue started\"}").exchange()
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.stage").isEqualTo("UNDER_NEGOTIATION");

        http.get().uri("/api/alerts?unit=Intraservice").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].reason").isEqualTo("STAGE_CHANGED")
                .jsonPath("$.items[0].itemId").isEqualTo(id);
        assertThat(alertsRaised("STAGE_CHANGED") - alertsBefore).as("platform.monitoring.alerts.raised").isEqualTo(1);
        http.get().uri("/api/legislation/{id}/history", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[1].field").isEqualTo("stage")
                .jsonPath("$[1].from").isEqualTo("PROPOSED")
                .jsonPath("$[1].to").isEqualTo("UNDER_NEGOTIATION")
                .jsonPath("$[1].changedBy").isEqualTo("anna.andersson");
        http.get().uri("/api/legislation?relevance=HIGH&unit=Stadsledningskontoret&stage=UNDER_NEGOTIATION").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").exists();

        try (KafkaTestConsumer events = new KafkaTestConsumer(TestInfrastructure.kafkaBootstrapServers(),
                Topics.MONITORING_EVENTS)) {
            events.awaitRecords(all -> all.stream().anyMatch(r -> r.key().equals(id)
                    && r.value().contains("se.goteborg.intl.monitoring.item-stage-changed.v1")
                    && r.value().contains("\"fromStage\":\"PROPOSED\"")), Duration.ofSeconds(20));
            events.awaitRecords(all -> all.stream().anyMatch(r -> r.value().contains("monitoring.alert-raised.v1")
                    && r.value().contains("\"unit\":\"Intraservice\"")), Duration.ofSeconds(20));
        }

        // the same stage again is refused, and nothing is repeated
        http.post().uri("/api/legislation/{id}/stage", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"stage\":\"UNDER_NEGOTIATION\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.code").isEqualTo("stage-transition")
                .jsonPath("$.errors[0].field").isEqualTo("stage");
        http.post().uri("/api/legislation/{id}/stage", id).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"0\"").body("{\"stage\":\"ADOPTED\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
    }

    @Test
    void anInvalidCelexIsRefusedSayingWhyAndNothingIsWritten() {
        long before = jdbc.sql("select count(*) from watched_item").query(Long.class).single();
        http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"celex\":\"31899R0001\",\"titleEn\":\"Too old\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-celex")
                .jsonPath("$.errors[0].field").isEqualTo("celex")
                .jsonPath("$.detail").isEqualTo("the year 1899 is before EU law began (1951)");
        http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"celex\":\"32024Z1689\",\"titleEn\":\"x\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d)
                        .contains("type 'Z' is not a document type of sector 3"));
        http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"celex\":\"32024R1690\",\"procedureReference\":\"2021/106(COD)\",\"titleEn\":\"x\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("procedureReference");
        http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"celex\":\"32024R1691\",\"titleEn\":\"x\",\"dates\":{\"adoption\":\"2024-06-13\",\"publication\":\"2024-01-01\"}}")
                .exchange().expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("dates.publication");
        assertThat(jdbc.sql("select count(*) from watched_item").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void malformedAndHostileInputIsA4xxProblemNeverA500() {
        http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"celex\":\"32024R1692\",\"titleEn\":\"x\",\"owner\":\"me\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("owner");
        http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"celex\":\"32024R1692\",\"titleEn\":\"x\",\"type\":\"TREATY\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
        http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"celex\":\"32024R1692\",\"titleEn\":\"x\",\"dates\":{\"adoption\":\"13/06/2024\"}}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("dates.adoption");
        http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"celex\":\"32024R1692'; drop table watched_item; --\",\"titleEn\":\"x\"}").exchange()
                .expectStatus().is4xxClientError().expectBody().jsonPath("$.errors[0].field").isEqualTo("celex");
        http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"titleEn\":\"" + "x".repeat(1001) + "\",\"type\":\"OTHER\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("titleEn");
        http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"celex\":\"32024R1692\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody().jsonPath("$.code").isEqualTo("title-required");
        http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON).body("{\"celex\":").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        http.get().uri("/api/legislation/not-a-uuid").exchange().expectStatus().isBadRequest();
        http.get().uri("/api/legislation/5b0e1c3e-0000-4000-8000-000000000000").exchange().expectStatus().isNotFound();
        http.get().uri("/api/legislation?size=1000").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        http.get().uri("/api/legislation?q=%25_'%22\\").exchange().expectStatus().isOk();
        http.get().uri("/api/legislation?deadlineBefore=tomorrow").exchange().expectStatus().isBadRequest();
        assertThat(jdbc.sql("select count(*) from watched_item where celex = '32024R1692'").query(Long.class).single()).isZero();
    }

    @Test
    void aCelexIsWatchedOnceAndUpdatesKeepHistoryAndRespectVersions() {
        Map<String, Object> cer = post("/api/legislation", """
                {"celex":"32022L2557","titleEn":"Critical Entities Resilience Directive","subjectAreas":["resilience"]}""", HttpStatus.CREATED);
        String id = (String) cer.get("id");
        assertThat(cer).containsEntry("type", "DIRECTIVE").containsEntry("stage", "PUBLISHED");
        post("/api/legislation", "{\"celex\":\"32022l2557\",\"titleEn\":\"again\"}", HttpStatus.CONFLICT);

        String update = """
                {"celex":"32022L2557","titleEn":"Critical Entities Resilience Directive","subjectAreas":["resilience"],
                 "dates":{"publication":"2022-12-27","transpositionDeadline":"2024-10-17"}}""";
        http.put().uri("/api/legislation/{id}", id).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .body(update).exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.dates.transpositionDeadline").isEqualTo("2024-10-17");
        http.put().uri("/api/legislation/{id}", id).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .body(update).exchange().expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
        http.get().uri("/api/legislation/{id}/history", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.field == 'dates.transpositionDeadline')].to").isEqualTo(List.of("2024-10-17"));
        http.get().uri("/api/legislation?deadlineBefore=2024-12-31&subject=resilience").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").exists();
        http.get().uri("/api/legislation?q=entities resilience").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").exists();
    }

    @Test
    void anAdoptedActLinksToItsProposalThroughTheProcedure() {
        Map<String, Object> proposal = post("/api/legislation", """
                {"celex":"52021PC0281","procedureReference":"2021/0136(COD)","titleEn":"European Digital Identity proposal"}""",
                HttpStatus.CREATED);
        Map<String, Object> act = post("/api/legislation", """
                {"celex":"32024R1183","procedureReference":"2021/0136(COD)","titleEn":"European Digital Identity Regulation",
                 "proposalItemId":"%s"}""".formatted(proposal.get("id")), HttpStatus.CREATED);
        assertThat(act).containsEntry("proposalItemId", proposal.get("id"));
        http.get().uri("/api/legislation/{id}", proposal.get("id")).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.related[0].celex").isEqualTo("32024R1183");
        post("/api/legislation", """
                {"celex":"32024R1184","titleEn":"x","proposalItemId":"5b0e1c3e-0000-4000-8000-000000000000"}""",
                HttpStatus.UNPROCESSABLE_CONTENT);
    }
}
