package se.goteborg.international.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import se.goteborg.international.testsupport.TestTokens;

/** The web UI's files load without a session (so the page can offer sign-in); its data never does. */
class WebUiTest extends GatewayTest {

    @Test
    void theUisFilesAndLibrariesAreServedWithoutSignIn() {
        anonymous.get().uri("/").exchange().expectStatus().isOk()
                .expectBody(String.class).value(html -> org.assertj.core.api.Assertions.assertThat(html)
                        .contains("<html lang=\"sv\">", "/js/app.js", "/webjars/echarts/5.3.1/dist/echarts.min.js"));
        for (String file : new String[]{"/js/app.js", "/js/pages/partnerships.js", "/css/app.css", "/geo/world-110m.json",
                "/webjars/echarts/5.3.1/dist/echarts.min.js"}) {
            anonymous.get().uri(file).exchange().expectStatus().isOk();
        }
    }

    @Test
    void whoAmIAnswersForTheCallerAndNeedsSignIn() {
        anonymous.get().uri("/api/me").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        anonymous.get().uri("/api/me").header("Authorization", "Bearer "
                        + TestTokens.user("karin", TestTokens.CULTURE, "UNIT_EDITOR")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("karin")
                .jsonPath("$.unit").isEqualTo(TestTokens.CULTURE)
                .jsonPath("$.roles[0]").isEqualTo("UNIT_EDITOR");
    }
}
