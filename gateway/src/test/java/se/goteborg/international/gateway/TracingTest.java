package se.goteborg.international.gateway;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A trace started by (or before) the gateway follows the request into the service. */
class TracingTest extends GatewayTest {

    @Test
    void theCallersTraceIdReachesTheService() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String path = "/api/projects/" + UUID.randomUUID();
        http.get().uri(path).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").exchange()
                .expectStatus().isOk();
        assertThat(PROJECT.receivedAt(path)).singleElement()
                .satisfies(r -> assertThat(r.traceParent()).startsWith("00-" + traceId + "-"));
    }

    @Test
    void aRequestWithoutTraceStartsOneAtTheGateway() {
        String path = "/api/projects/" + UUID.randomUUID();
        http.get().uri(path).exchange().expectStatus().isOk();
        assertThat(PROJECT.receivedAt(path)).singleElement()
                .satisfies(r -> assertThat(r.traceParent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
    }
}
