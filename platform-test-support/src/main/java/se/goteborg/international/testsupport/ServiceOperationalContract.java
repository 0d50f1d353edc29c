package se.goteborg.international.testsupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and clients rely on from every service, checked the same way in each: health
 * probes, Prometheus metrics tagged with the application, API docs, and problem+json for unknown
 * paths; and (from {@link SecuredEndpointsContract}) that every endpoint is secured. A service's
 * test extends this and carries {@link PlatformIntegrationTest}.
 */
public abstract class ServiceOperationalContract extends SecuredEndpointsContract {

    @Autowired
    protected RestTestClient http;

    @Value("${spring.application.name}")
    protected String application;

    @Test
    void livenessAndReadinessAreUp() {
        anonymous().get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        anonymous().get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusMetricsCarryTheApplicationTag() {
        String metrics = as(TestTokens.operator()).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("application=\"" + application + "\"").contains("jvm_memory_used_bytes");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        anonymous().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.openapi").exists();
    }

    @Test
    void unknownPathsAnswerProblemJson() {
        http.get().uri("/api/no-such-thing").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404).jsonPath("$.code").isEqualTo("not-found");
    }
}
