package se.goteborg.international.monitoring.assessment;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit editor assesses for their own unit only; only the international office watches legislation. */
@PlatformIntegrationTest
class AssessmentAccessTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    private static final String CULTURE_EDITOR = TestTokens.unitEditor(TestTokens.CULTURE);

    @Autowired
    RestTestClient http;

    @Test
    void aUnitEditorAssessesForTheirOwnUnitAndTheAuditTrailSaysSo() {
        http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + CULTURE_EDITOR)
                .body("{\"celex\":\"32019L0790\",\"titleEn\":\"Copyright Directive\"}").exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("forbidden");
        Map<String, Object> item = http.post().uri("/api/legislation").contentType(MediaType.APPLICATION_JSON)
                .body("{\"celex\":\"32019L0790\",\"titleEn\":\"Copyright Directive\"}").exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        String base = "/api/legislation/" + item.get("id") + "/assessments";

        http.post().uri(base).contentType(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + CULTURE_EDITOR)
                .body(assessment("Business Region Göteborg AB")).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("not-your-unit");

        Map<String, Object> own = http.post().uri(base).contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + CULTURE_EDITOR).body(assessment(TestTokens.CULTURE)).exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        String one = base + "/" + own.get("id");
        http.post().uri(one + "/status").contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .header("Authorization", "Bearer " + TestTokens.unitEditor(TestTokens.BUSINESS_REGION))
                .body("{\"status\":\"IN_PROGRESS\"}").exchange().expectStatus().isForbidden();
        http.post().uri(one + "/status").contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .header("Authorization", "Bearer " + CULTURE_EDITOR)
                .body("{\"status\":\"IN_PROGRESS\"}").exchange().expectStatus().isOk();

        http.get().uri(one + "/audit").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].actor").isEqualTo("ulf.editor")
                .jsonPath("$[0].actorUnit").isEqualTo(TestTokens.CULTURE)
                .jsonPath("$[1].action").isEqualTo("changeStatus")
                .jsonPath("$[1].changes[?(@.field == 'status')].to").isEqualTo(List.of("IN_PROGRESS"));
        assertThat(own.get("unit")).isEqualTo(TestTokens.CULTURE);
    }

    private static String assessment(String unit) {
        return """
                {"unit":"%s","relevance":"HIGH","influence":"LEGAL","expectedImpact":"Licensing of archives",
                 "actions":"Review contracts","dueDate":"2027-01-31"}""".formatted(unit);
    }
}
