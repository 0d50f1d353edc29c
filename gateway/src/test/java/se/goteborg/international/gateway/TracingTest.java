package se.goteborg.international.gateway;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A trace started by (or before) the gateway follows the request into the service. */
@ExtendWith(OutputCaptureExtension.class)
class TracingTest extends GatewayTest {

    @Test
    void theGatewaysRequestLineCarriesTheTraceId(CapturedOutput output) throws InterruptedException {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String path = "/api/projects/" + UUID.randomUUID();
        http.get().uri(path).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").exchange()
                .expectStatus().isOk();
        for (int i = 0; i < 20 && !output.getOut().contains(path); i++) {
            Thread.sleep(100);
        }
        assertThat(output.getOut().lines().filter(l -> l.contains("GET " + path)))
                .singleElement().asString().contains("[gateway," + traceId + ",");
    }

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
