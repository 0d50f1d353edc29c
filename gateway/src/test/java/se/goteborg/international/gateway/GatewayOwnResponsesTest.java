package se.goteborg.international.gateway;

import java.time.Duration;
import java.util.List;

import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** What the gateway answers itself: errors, the home page, actuator; and its settings taking effect. */
class GatewayOwnResponsesTest extends GatewayTest {

    @Autowired
    HttpClientProperties httpClient;
    @Autowired
    RouteLocator routes;
    @Autowired
    TimeLimiterRegistry timeLimiters;
    @Autowired
    MeterRegistry meters;

    @Test
    void anUnknownPathIsA404Problem() {
        http.get().uri("/api/nothing-here/1").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:se:goteborg:intl:problem:not-found")
                .jsonPath("$.code").isEqualTo("not-found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isEqualTo("Nothing is served at /api/nothing-here/1")
                .jsonPath("$.instance").isEqualTo("/api/nothing-here/1");
    }

    @Test
    void anUnsupportedMethodIsA405ProblemSayingWhatIsAllowed() {
        http.put().uri("/index.html").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().exists("Allow")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("method-not-allowed");
    }

    @Test
    void aLookalikeOfARoutedPathIsNotRouted() {
        http.get().uri("/api/partnershipsX").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("not-found");
    }

    @Test
    void theFallbackCannotBeCalledDirectly() {
        http.get().uri("/fallback").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theHomePageIsTheWebUi() {
        http.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<title>Internationellt samarbete – Göteborgs Stad</title>")
                        .contains("<script type=\"module\" src=\"/js/app.js\"></script>"));
    }

    @Test
    void healthProbesAnswer() {
        http.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.discoveryComposite").doesNotExist(); // no registry: nothing UNKNOWN
    }

    @Test
    void routedRequestsAreMeasuredPerRoute() {
        http.get().uri("/api/subscriptions").exchange().expectStatus().isOk();
        assertThat(meters.find("spring.cloud.gateway.requests").tag("routeId", "monitoring-service").timer())
                .as("spring.cloud.gateway.server.webflux.metrics.enabled").isNotNull();
        assertThat(meters.find("reactor.netty.connection.provider.total.connections").gauges())
                .as("httpclient.pool.metrics").isNotEmpty();
    }

    /** Misspelt keys are silently ignored, so check that the deployed values arrived. */
    @Test
    void connectionSettingsAreBound() {
        assertThat(httpClient.getConnectTimeout()).isEqualTo(2000);
        HttpClientProperties.Pool pool = httpClient.getPool();
        assertThat(pool.getType()).isEqualTo(HttpClientProperties.Pool.PoolType.FIXED);
        assertThat(pool.getMaxConnections()).isEqualTo(100);
        assertThat(pool.getMaxIdleTime()).isEqualTo(Duration.ofSeconds(15));
        assertThat(pool.getMaxLifeTime()).isEqualTo(Duration.ofMinutes(5));
    }

    /** Otherwise the breaker's time limiter, not the response timeout, would cut a slow answer short. */
    @Test
    void everyTimeLimiterOutlastsItsRoutesResponseTimeout() {
        List<Route> all = routes.getRoutes().collectList().block(Duration.ofSeconds(5));
        assertThat(all).extracting(Route::getId)
                .containsExactlyInAnyOrder("partnership-service", "project-service", "monitoring-service",
                        "reporting-service");
        for (Route route : all) {
            Object perRoute = route.getMetadata().get(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR);
            Duration responseTimeout = perRoute != null ? Duration.ofMillis(Long.parseLong(perRoute.toString()))
                    : httpClient.getResponseTimeout();
            Duration limit = timeLimiters.find(route.getId()).orElseGet(() -> timeLimiters.timeLimiter(route.getId()))
                    .getTimeLimiterConfig().getTimeoutDuration();
            assertThat(limit).as(route.getId()).isGreaterThan(responseTimeout);
        }
        assertThat(routes.getRoutes().filter(r -> r.getId().equals("reporting-service")).blockFirst()
                .getMetadata()).containsEntry(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, 60000);
    }
}
