package se.goteborg.international.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every HTTP endpoint the service maps (from Spring MVC's request mappings, path variables
 * filled with sample values) and checks that each refuses a request without a token with 401
 * problem+json, so a new endpoint cannot be left open by mistake. Also: every kind of bad token is
 * refused, a read-only role cannot write, and metrics need an operator.
 */
public abstract class SecuredEndpointsContract {

    /** What answers without a token: health, info and the API docs (springdoc's controllers). */
    private static final List<String> PUBLIC_PREFIXES = List.of("/v3/api-docs", "/swagger-ui");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @LocalServerPort
    private int port;

    /** A client that sends no token. */
    protected RestTestClient anonymous() {
        return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    /** A client that sends {@code token} as its bearer token. */
    protected RestTestClient as(String token) {
        return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    /** Every mapped endpoint as "METHOD /path" with sample path values, public ones left out. */
    protected List<Endpoint> endpoints() {
        Set<Endpoint> all = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (PUBLIC_PREFIXES.stream().anyMatch(pattern::startsWith) || pattern.startsWith("/error")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}/]*\\*?}", "00000000-0000-4000-8000-000000000001")
                        .replace("/**", "/x");
                (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                        .forEach(m -> all.add(new Endpoint(m.name(), path)));
            }
        }
        return new ArrayList<>(all);
    }

    public record Endpoint(String method, String path) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint o) {
            return (path + " " + method).compareTo(o.path + " " + o.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesARequestWithoutAToken() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("the service maps endpoints of its own").isNotEmpty();
        return endpoints.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            var request = anonymous().method(HttpMethod.valueOf(e.method())).uri(e.path());
            if (!"GET".equals(e.method()) && !"HEAD".equals(e.method())) {
                request.contentType(MediaType.APPLICATION_JSON).body("{}");
            }
            var response = request.exchange().expectStatus().isUnauthorized()
                    .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*");
            if (!"HEAD".equals(e.method())) {
                response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
            }
        }));
    }

    @Autowired
    private org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder;

    @Test
    void verifiedTokensAreRememberedSoReuseIsCheap() {
        // the shared resource-server configuration wraps the decoder (platform-service-support)
        assertThat(jwtDecoder.getClass().getSimpleName()).isEqualTo("VerifiedTokenCache");
    }

    @Test
    void metricsAndOtherActuatorEndpointsNeedAToken() {
        anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        anonymous().get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
    }

    @TestFactory
    Stream<DynamicTest> badTokensAreRefused() {
        String path = readEndpoint();
        return Stream.of(
                        new Object[]{"expired", TestTokens.expired()},
                        new Object[]{"from another issuer", TestTokens.wrongIssuer()},
                        new Object[]{"for another audience", TestTokens.wrongAudience()},
                        new Object[]{"unsigned (alg none)", TestTokens.unsigned()},
                        new Object[]{"tampered with", TestTokens.tampered()},
                        new Object[]{"signed by an unknown key", TestTokens.signedByAStranger()},
                        new Object[]{"not a JWT", "not-a-token"})
                .map(c -> DynamicTest.dynamicTest((String) c[0], () -> as((String) c[1]).get().uri(path).exchange()
                        .expectStatus().isUnauthorized()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody().jsonPath("$.code").isEqualTo("invalid-token")
                        .jsonPath("$.detail").value(String.class, d -> assertThat(d).startsWith("The bearer token was refused"))));
    }

    @Test
    void aValidTokenIsAccepted() {
        as(TestTokens.viewer()).get().uri(readEndpoint()).exchange()
                .expectStatus().value(s -> assertThat(s).isNotIn(401, 403));
    }

    @Test
    void aViewerCannotWrite() {
        Endpoint write = endpoints().stream().filter(e -> e.method().equals("POST") && !e.path().contains("/admin"))
                .findFirst().orElse(null);
        if (write == null) {
            return; // a read-only service
        }
        as(TestTokens.viewer()).post().uri(write.path()).contentType(MediaType.APPLICATION_JSON).body("{}")
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("forbidden")
                .jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("INTERNATIONAL_OFFICE"));
    }

    @Test
    void metricsNeedAnOperatorOrTheMetricsScope() {
        as(TestTokens.internationalOffice()).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isForbidden();
        as(TestTokens.operator()).get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        as(TestTokens.client("prometheus", "metrics.read")).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk();
    }

    /** A GET endpoint without path variables, to try tokens on. */
    private String readEndpoint() {
        return endpoints().stream().filter(e -> e.method().equals("GET") && !e.path().contains("00000000")
                        && !e.path().contains("/admin")).map(Endpoint::path).findFirst()
                .orElseThrow(() -> new AssertionError("no GET endpoint without path variables to try tokens on"));
    }
}
