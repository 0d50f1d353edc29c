package se.goteborg.international.monitoring.consultation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.testsupport.PlatformIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformIntegrationTest
class ConsultationAndAssessmentApiTest {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    RestTestClient http;

    @Test
    void aConsultationIsAnsweredOnceAndItsWindowMustMakeSense() {
        Map<String, Object> c = http.post().uri("/api/consultations").contentType(MediaType.APPLICATION_JSON).body("""
                {"title":"Revision of the urban mobility framework","reference":"Ares(2026)7654321",
                 "feedbackStart":"2026-01-15","feedbackEnd":"2026-04-09","topics":["Mobility"],
                 "responsibleUnit":"Stadsmiljöförvaltningen"}""").exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        String id = (String) c.get("id");
        assertThat(c).containsEntry("responseStatus", "CONSIDERING");
        http.post().uri("/api/consultations/{id}/response", id).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"0\"").body("{\"responseStatus\":\"SUBMITTED\"}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.responseStatus").isEqualTo("SUBMITTED");
        http.post().uri("/api/consultations/{id}/response", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"responseStatus\":\"DRAFTING\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("responseStatus");
        // the audit trail answers who changed it, when, from what to what
        http.get().uri("/api/consultations/{id}/audit", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[1].action").isEqualTo("answer")
                .jsonPath("$[1].actor").isEqualTo("ingrid.io")
                .jsonPath("$[1].actorUnit").isEqualTo("Stadsledningskontoret")
                .jsonPath("$[1].changes[?(@.field == 'responseStatus')].from").isEqualTo(List.of("CONSIDERING"))
                .jsonPath("$[1].changes[?(@.field == 'responseStatus')].to").isEqualTo(List.of("SUBMITTED"));
        http.get().uri("/api/consultations?topic=mobility&responseStatus=SUBMITTED").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + id + "')]").exists();
        http.post().uri("/api/consultations").contentType(MediaType.APPLICATION_JSON).body("""
                {"title":"Backwards","reference":"Ares(2026)1","feedbackStart":"2026-04-09","feedbackEnd":"2026-01-15"}""")
                .exchange().expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("feedbackEnd");
        http.post().uri("/api/consultations").contentType(MediaType.APPLICATION_JSON).body("""
                {"title":"Again","reference":"Ares(2026)7654321","feedbackStart":"2026-01-15","feedbackEnd":"2026-04-09"}""")
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anAssessmentMovesForwardUnderOptimisticLocking() {
        Map<String, Object> item = http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"celex\":\"32021R1060\",\"titleEn\":\"Common Provisions Regulation 2021-2027\"}").exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        String base = "/api/legislation/" + item.get("id") + "/assessments";
        String body = """
                {"unit":"Arbetsmarknadsnämnden","relevance":"HIGH","influence":"BOTH","expectedImpact":"ESF+ projects",
                 "actions":"Brief project owners","dueDate":"2027-01-31"}""";
        Map<String, Object> a = http.post().uri(base).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        http.post().uri(base).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody().jsonPath("$.code").isEqualTo("already-assessed");
        String one = base + "/" + a.get("id");
        http.post().uri(one + "/status").contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .body("{\"status\":\"IN_PROGRESS\"}").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"");
        http.put().uri(one).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"").body(body).exchange()
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
        http.post().uri(one + "/status").contentType(MediaType.APPLICATION_JSON).body("{\"status\":\"OPEN\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.detail").isEqualTo("an assessment cannot go back from IN_PROGRESS to OPEN");
        http.post().uri(base).contentType(MediaType.APPLICATION_JSON).body("""
                {"unit":"Kulturnämnden","relevance":"HIGH","influence":"LEGAL"}""").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("expectedImpact");
        http.post().uri(base).contentType(MediaType.APPLICATION_JSON).body("""
                {"unit":"Kulturnämnden","relevance":"VERY","influence":"LEGAL"}""").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("relevance");
    }
}
