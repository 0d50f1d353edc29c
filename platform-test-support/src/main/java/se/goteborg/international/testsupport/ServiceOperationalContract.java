package se.goteborg.international.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

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

    /**
     * Every metric {@link MetricsCatalogue docker/observability/metrics.yml} assigns to this app (and the
     * dashboards and alert rules therefore read) is in its scrape, once the app has served requests and
     * whatever {@link #causeTraffic()} caused has happened. Events are handled asynchronously, so the
     * scrape is retried for a while.
     */
    @Test
    void exposesEveryMetricTheCatalogueAssignsToIt() throws InterruptedException {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
        http.get().uri("/api/no-such-thing").exchange().expectStatus().isNotFound();
        Set<String> happened = causeTraffic();
        MetricsCatalogue catalogue = MetricsCatalogue.load();
        Set<String> expected = catalogue.expectedOf(application, happened);
        assertThat(expected).as("metrics.yml assigns nothing to %s", application).isNotEmpty();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Set<String> missing;
        do {
            missing = MetricsCatalogue.missingFrom(scrape(), expected);
        } while (!missing.isEmpty() && Instant.now().isBefore(deadline) && pause());
        keep(scrape());
        assertThat(missing).as("metrics %s lacks though %s assigns them to it (after %s)", application,
                MetricsCatalogue.LOCATION, happened).isEmpty();
    }

    /**
     * Does what makes this service's event metrics appear (e.g. a change that publishes an event) and
     * returns which of the catalogue's {@code after} kinds it caused. By default nothing beyond HTTP.
     */
    protected Set<String> causeTraffic() {
        return Set.of();
    }

    protected String scrape() {
        return as(TestTokens.client("metrics-scraper", "metrics.read")).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** The last scrape, in target/, to see what the app exposes when this test fails. */
    private void keep(String scrape) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(dir.resolve("prometheus-" + application + ".txt"), scrape);
        } catch (java.io.IOException e) {
            // only a diagnostic
        }
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(250);
        return true;
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
