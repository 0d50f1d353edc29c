package se.goteborg.international.partnership.partnership;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department system calling the service directly (no gateway in front) cannot make it read an
 * unbounded body: over 1 MB is 413 problem+json, whether the size is declared or the body is chunked,
 * and nothing is created.
 */
@PlatformIntegrationTest
class RequestBodyLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    RestTestClient http;

    final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aDeclaredOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(oversizedPartnership()));
        assertTooLarge(response);
    }

    @Test
    void aChunkedOversizedBodyIsRefusedAndNothingIsCreated() throws Exception {
        byte[] body = oversizedPartnership().getBytes(StandardCharsets.UTF_8);
        // an input-stream publisher has no known length: the JDK client sends it chunked
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertTooLarge(response);
        http.get().uri("/api/partnerships?q=Bigtown").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void aBodyUnderTheLimitSentChunkedIsStillAccepted() throws Exception {
        String body = "{\"kind\":\"TWIN_CITY\",\"cityName\":\"Chunkville\",\"countryCode\":\"FI\"}";
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/partnerships"))
                .header("Authorization", "Bearer " + TestTokens.internationalOffice())
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"payload-too-large\"");
    }

    /** A valid partnership whose text alone is 2 MB: only its size is wrong. */
    private static String oversizedPartnership() {
        return "{\"kind\":\"TWIN_CITY\",\"cityName\":\"Bigtown\",\"countryCode\":\"FI\",\"mutualBenefit\":\""
                + "x".repeat(2 * 1024 * 1024) + "\"}";
    }
}
