package se.goteborg.international.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.goteborg.international.testsupport.MetricsCatalogue;
import se.goteborg.international.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway exposes every metric docker/observability/metrics.yml assigns to it (and dashboards and
 * alert rules read), requests per route and breaker states included, once it has routed a request.
 */
class MetricsCatalogueTest extends GatewayTest {

    @Test
    void exposesEveryMetricTheCatalogueAssignsToIt() throws InterruptedException {
        http.get().uri("/api/projects/" + UUID.randomUUID()).exchange().expectStatus().isOk();
        Set<String> expected = MetricsCatalogue.load().expectedOf("gateway", Set.of());
        assertThat(expected).contains("http_server_requests_seconds_count", "resilience4j_circuitbreaker_state");

        Instant deadline = Instant.now().plusSeconds(10);
        Set<String> missing;
        String scrape;
        do {
            Thread.sleep(100);
            scrape = http.get().uri("/actuator/prometheus")
                    .header("Authorization", "Bearer " + TestTokens.client("metrics-scraper", "metrics.read"))
                    .exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            missing = MetricsCatalogue.missingFrom(scrape, expected);
        } while (!missing.isEmpty() && Instant.now().isBefore(deadline));
        assertThat(missing).as("metrics the gateway lacks though %s assigns them to it", MetricsCatalogue.LOCATION)
                .isEmpty();
        // the service dashboard's "requests per route" panel reads this label
        assertThat(scrape).containsPattern("http_server_requests_seconds_count\\{[^}]*routeId=\"project-service\"");
    }
}
