package se.goteborg.international.gateway;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import se.goteborg.international.gateway.routing.Upstreams;

import static org.assertj.core.api.Assertions.assertThat;

/** What the gateway answers itself: errors, the home page, actuator; and its settings taking effect. */
class GatewayOwnResponsesTest extends GatewayTest {

    @Autowired
    Upstreams upstreams;
    @Autowired
    MeterRegistry meters;

    @Test
    void anUnknownPathIsA404Problem() {
        http.get().uri("/api/nothing-here/1").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
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
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
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
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
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
    void requestsAreMeasuredPerRoute() throws InterruptedException {
        http.get().uri("/api/subscriptions").exchange().expectStatus().isOk();
        assertThat(timerOf("monitoring-service")).as("RouteTags: routed requests are tagged with their service")
                .isNotNull();
        http.get().uri("/api/nothing-here/2").exchange().expectStatus().isNotFound();
        assertThat(timerOf("gateway")).as("what the gateway answers itself").isNotNull();
    }

    /** The request's timer is recorded as its observation stops, which may be just after the answer was sent. */
    private Timer timerOf(String routeId) throws InterruptedException {
        Timer timer = null;
        for (int i = 0; i < 50 && timer == null; i++) {
            timer = meters.find("http.server.requests").tag("routeId", routeId).timer();
            if (timer == null) {
                Thread.sleep(20);
            }
        }
        return timer;
    }

    /** Misspelt keys are silently ignored, so check that the deployed values arrived. */
    @Test
    void connectionSettingsAreBound() {
        assertThat(upstreams.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(upstreams.pool()).isEqualTo(new Upstreams.Pool(100, Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofMinutes(5)));
        assertThat(upstreams.services()).containsOnlyKeys("partnership-service", "project-service",
                "monitoring-service", "reporting-service");
        assertThat(upstreams.responseTimeoutOf(upstreams.services().get("reporting-service")))
                .as("report downloads are built on request").isEqualTo(Duration.ofSeconds(60));
        assertThat(upstreams.responseTimeoutOf(upstreams.services().get("project-service")))
                .as("the test's own default").isEqualTo(Duration.ofSeconds(1));
    }
}
