package se.goteborg.international.partnership.partnership;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.partnership.ApiFixtures;
import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestTokens;

import static se.goteborg.international.partnership.ApiFixtures.twinCity;

/** Who may change what (roles and units from the token), and the audit trail that records it. */
@PlatformIntegrationTest
class PartnershipAccessTest {

    @Autowired
    RestTestClient http;

    private static final String EDITOR = TestTokens.unitEditor(TestTokens.BUSINESS_REGION);

    @Test
    void aUnitEditorCannotProposeOrChangeAPartnership() {
        http.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + EDITOR).body(twinCity("Aarhus", "DK")).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("forbidden")
                .jsonPath("$.detail").value(String.class, d -> org.assertj.core.api.Assertions.assertThat(d)
                        .contains("international office"));
        http.get().uri("/api/partnerships").header("Authorization", "Bearer " + EDITOR).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aUnitEditorRecordsActivitiesOfTheirOwnUnitOnly() {
        String id = (String) new ApiFixtures(http).create(twinCity("Turku", "FI")).get("id");
        new ApiFixtures(http).activate(id, "KF");

        http.post().uri("/api/partnerships/{id}/activities", id).contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + EDITOR).body(activity(TestTokens.CULTURE)).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("not-your-unit")
                .jsonPath("$.detail").value(String.class, d -> org.assertj.core.api.Assertions.assertThat(d)
                        .contains(TestTokens.BUSINESS_REGION).contains(TestTokens.CULTURE));

        http.post().uri("/api/partnerships/{id}/activities", id).contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + EDITOR)
                .body(activity(TestTokens.BUSINESS_REGION)).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.recordedBy").isEqualTo("ulf.editor");
    }

    @Test
    void theAuditTrailSaysWhoChangedAPartnershipWhenAndFromWhatToWhat() {
        String id = (String) new ApiFixtures(http).create(twinCity("Reykjavik", "IS")).get("id");
        Map<String, Object> edit = twinCity("Reykjavik", "IS");
        edit.remove("kind");
        edit.put("localName", "Reykjavík");
        http.put().uri("/api/partnerships/{id}", id).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .header("Authorization", "Bearer " + TestTokens.user("anna.andersson", TestTokens.CITY_OFFICE,
                        "INTERNATIONAL_OFFICE"))
                .body(edit).exchange().expectStatus().isOk();

        http.get().uri("/api/partnerships/{id}/audit", id).header("Authorization", "Bearer " + TestTokens.viewer())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].action").isEqualTo("propose")
                .jsonPath("$[0].actor").isEqualTo("ingrid.io")
                .jsonPath("$[1].action").isEqualTo("update")
                .jsonPath("$[1].actor").isEqualTo("anna.andersson")
                .jsonPath("$[1].actorUnit").isEqualTo(TestTokens.CITY_OFFICE)
                .jsonPath("$[1].at").exists()
                .jsonPath("$[1].changes[?(@.field == 'localName')].to").isEqualTo(List.of("Reykjavík"));
    }

    private static Map<String, Object> activity(String unit) {
        return Map.of("type", "MEETING", "title", "Trade delegation", "startDate", "2025-09-18",
                "units", List.of(unit), "priorityAreas", List.of("EXTERNAL_MONITORING"));
    }
}
