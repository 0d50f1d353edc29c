package se.goteborg.international.gateway;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest extends GatewayTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @ParameterizedTest
    @CsvSource({
            "/api/partnerships, partnership-service",
            "/api/partnerships/7f0c, partnership-service",
            "/api/memberships, partnership-service",
            "/api/memberships/eurocities/members, partnership-service",
            "/api/projects, project-service",
            "/api/projects/42/budget, project-service",
            "/api/legislation, monitoring-service",
            "/api/consultations/2025-17, monitoring-service",
            "/api/subscriptions, monitoring-service",
            "/api/alerts/9, monitoring-service"})
    void eachPathReachesItsService(String path, String service) {
        http.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.servedBy").isEqualTo(service);
    }

    @Test
    void aGetIsForwardedWithPathQueryAndANewRequestId() {
        String path = "/api/partnerships/" + UUID.randomUUID();
        String returnedId = http.get().uri(path + "?lang=sv&page=2").exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN)
                // the service answers with the same id: the client still gets it once
                .expectHeader().values("X-Request-Id", ids -> assertThat(ids).hasSize(1))
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        List<UpstreamStub.Received> received = PARTNERSHIP.receivedAt(path);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).method()).isEqualTo("GET");
        // Gateway MVC rebuilds the query from the parameters: the same pairs, not necessarily in the same order
        assertThat(received.get(0).query().split("&")).containsExactlyInAnyOrder("lang=sv", "page=2");
        assertThat(received.get(0).requestId()).isEqualTo(returnedId);
    }

    @Test
    void aPostIsForwardedWithItsBodyAndKeepsTheClientsRequestId() {
        String path = "/api/projects/" + UUID.randomUUID() + "/members";
        String json = "{\"name\":\"Åsa Öberg\",\"role\":\"coordinator\"}";
        http.post().uri(path).contentType(MediaType.APPLICATION_JSON).header("X-Request-Id", "web-4711.a")
                .bodyValue(json)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "web-4711.a");

        List<UpstreamStub.Received> received = PROJECT.receivedAt(path);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).method()).isEqualTo("POST");
        assertThat(received.get(0).body()).isEqualTo(json);
        assertThat(received.get(0).requestId()).isEqualTo("web-4711.a");
    }

    @Test
    void aRequestIdUnfitForLogsIsReplaced() {
        String path = "/api/alerts/" + UUID.randomUUID();
        http.get().uri(path).header("X-Request-Id", "x\" forged=entry " + "y".repeat(200)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("X-Request-Id", UUID_PATTERN);
        assertThat(MONITORING.receivedAt(path)).singleElement()
                .satisfies(r -> assertThat(r.requestId()).matches(UUID_PATTERN));
    }

    @Test
    void aGetIsRetriedWhenTheServiceIsUnavailableButAPostIsNot() {
        String getPath = "/api/partnerships/" + UUID.randomUUID() + "/unavailable";
        http.get().uri(getPath).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.servedBy").isEqualTo("partnership-service"); // the service's own answer
        assertThat(PARTNERSHIP.receivedAt(getPath)).as("first try and two retries").hasSize(3);

        String postPath = "/api/partnerships/" + UUID.randomUUID() + "/unavailable";
        http.post().uri(postPath).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503);
        assertThat(PARTNERSHIP.receivedAt(postPath)).as("a POST may have been applied: never repeated").hasSize(1);
    }

    @Test
    void aServerErrorIsNotRetried() {
        String path = "/api/memberships/" + UUID.randomUUID() + "/broken";
        http.get().uri(path).exchange().expectStatus().isEqualTo(500);
        assertThat(PARTNERSHIP.receivedAt(path)).as("a 500 is a bug that a retry would only repeat").hasSize(1);
    }
}
