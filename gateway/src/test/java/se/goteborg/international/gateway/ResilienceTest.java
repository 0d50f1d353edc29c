package se.goteborg.international.gateway;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

class ResilienceTest extends GatewayTest {

    @Autowired
    CircuitBreakerRegistry breakers;

    @Test
    void aServiceThatIsDownGetsItsOwnProblemAndItsBreakerOpensAfterTenFailures() {
        CircuitBreaker reporting = breakers.circuitBreaker("reporting-service");

        // a GET is retried on "connection refused", inside the breaker: one failed call, not three
        expectUnavailable(http.get().uri("/api/reports").exchange(), "reporting-service");
        assertThat(reporting.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);

        for (int call = 2; call <= 9; call++) {
            expectUnavailable(http.post().uri("/api/reports").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"year\":2025}").exchange(), "reporting-service");
        }
        assertThat(reporting.getState()).as("fewer calls than minimum-number-of-calls")
                .isEqualTo(CircuitBreaker.State.CLOSED);
        expectUnavailable(http.post().uri("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange(), "reporting-service");
        assertThat(reporting.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        long started = System.nanoTime();
        expectUnavailable(http.get().uri("/api/reports/annual-2025.pdf").exchange(), "reporting-service")
                .jsonPath("$.instance").isEqualTo("/api/reports/annual-2025.pdf");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("an open breaker answers at once")
                .isLessThan(Duration.ofSeconds(1));
        assertThat(reporting.getMetrics().getNumberOfNotPermittedCalls()).isPositive();
    }

    @Test
    void aServiceThatIsTooSlowGetsA504NamingItWithinTheResponseTimeout() {
        String path = "/api/projects/" + UUID.randomUUID() + "/slow";
        long started = System.nanoTime();
        http.get().uri(path).exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:se:goteborg:intl:problem:gateway-timeout")
                .jsonPath("$.code").isEqualTo("gateway-timeout")
                .jsonPath("$.status").isEqualTo(504)
                .jsonPath("$.service").isEqualTo("project-service")
                .jsonPath("$.instance").isEqualTo(path)
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).startsWith("project-service "));
        // the test's response timeout is 1 s and the stub takes 3 s; a timeout is not retried
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
        assertThat(PROJECT.receivedAt(path)).hasSize(1);
    }

    /** resilience4j-bulkhead on the classpath would otherwise cap each service at 25 requests in flight. */
    @Test
    void manyRequestsInFlightToOneServiceAreAllServed(@Value("${local.server.port}") int port) {
        WebClient client = WebClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + se.goteborg.international.testsupport.TestTokens.internationalOffice())
                .build();
        String path = "/api/projects/" + UUID.randomUUID() + "/busy";
        List<Integer> statuses = Flux.range(0, 40)
                .flatMap(i -> client.get().uri(path).exchangeToMono(r -> r.releaseBody()
                        .thenReturn(r.statusCode().value())), 40)
                .collectList().block(Duration.ofSeconds(10));
        assertThat(statuses).hasSize(40).containsOnly(200);
        assertThat(PROJECT.receivedAt(path)).hasSize(40);
    }

    private static WebTestClient.BodyContentSpec expectUnavailable(WebTestClient.ResponseSpec response,
                                                                  String service) {
        return response.expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:se:goteborg:intl:problem:service-unavailable")
                .jsonPath("$.title").isEqualTo("Service Unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.code").isEqualTo("service-unavailable")
                .jsonPath("$.detail").isEqualTo(service + " is not answering right now; try again shortly")
                .jsonPath("$.service").isEqualTo(service);
    }
}
