package se.goteborg.international.project.project;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static se.goteborg.international.project.ProjectFixtures.project;
import static se.goteborg.international.project.ProjectFixtures.register;

/** A unit editor changes their own unit's projects only; the audit trail names who changed what. */
@PlatformIntegrationTest
class ProjectAccessTest {

    @Autowired
    RestTestClient http;

    private static final String BRG_EDITOR = TestTokens.unitEditor(TestTokens.BUSINESS_REGION);
    private static final String CULTURE_EDITOR = TestTokens.unitEditor(TestTokens.CULTURE);

    @Test
    void aUnitEditorRegistersAndChangesTheirOwnUnitsProjectButNotAnotherUnits() {
        // the fixture's lead unit is Business Region Göteborg AB
        String id = (String) http.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + BRG_EDITOR).body(project("Port logistics")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");

        http.post().uri("/api/projects/{id}/submit", id).header("Authorization", "Bearer " + CULTURE_EDITOR)
                .contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("not-your-unit")
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).contains(TestTokens.CULTURE)
                        .contains(TestTokens.BUSINESS_REGION));

        http.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + CULTURE_EDITOR).body(project("Not ours")).exchange()
                .expectStatus().isForbidden();

        http.post().uri("/api/projects/{id}/submit", id).header("Authorization", "Bearer " + BRG_EDITOR)
                .contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aViewerReadsButCannotRegister() {
        http.get().uri("/api/projects").header("Authorization", "Bearer " + TestTokens.viewer()).exchange()
                .expectStatus().isOk();
        http.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + TestTokens.viewer()).body(project("Viewer's")).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("forbidden");
    }

    @Test
    void aDepartmentSystemWithTheWriteScopeMayRegisterAndTheAuditTrailNamesIt() {
        String id = (String) http.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + TestTokens.client("department-system", "platform.read", "platform.write"))
                .body(project("From the department system")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        http.post().uri("/api/projects/{id}/submit", id).header("Authorization", "Bearer " + BRG_EDITOR)
                .contentType(MediaType.APPLICATION_JSON).exchange().expectStatus().isOk();

        http.get().uri("/api/projects/{id}/audit", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].actor").isEqualTo("department-system")
                .jsonPath("$[0].action").isEqualTo("register")
                .jsonPath("$[1].actor").isEqualTo("ulf.editor")
                .jsonPath("$[1].actorUnit").isEqualTo(TestTokens.BUSINESS_REGION)
                .jsonPath("$[1].changes[?(@.field == 'status')].from").isEqualTo(List.of("IDEA"))
                .jsonPath("$[1].changes[?(@.field == 'status')].to").isEqualTo(List.of("APPLICATION_SUBMITTED"));
        // a client without the write scope may only read
        http.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + TestTokens.client("reader", "platform.read"))
                .body(project("Reader's")).exchange().expectStatus().isForbidden();
    }
}
