package se.goteborg.international.gateway;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import se.goteborg.international.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

class GatewaySecurityTest extends GatewayTest {

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    JwtDecoder jwtDecoder;

    @Test
    void bearerTokensAreDecodedByTheDecoderThatRemembersVerifiedOnes() {
        assertThat(jwtDecoder).isInstanceOf(se.goteborg.international.tokens.VerifiedTokenCache.class);
    }

    @Test
    void anApiCallWithoutSignInOrTokenGets401ProblemJson() {
        anonymous.get().uri("/api/partnerships").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches("WWW-Authenticate", "Bearer.*")
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }

    @Test
    void badBearerTokensAreRefusedAtTheDoor() {
        for (String bad : new String[]{TestTokens.expired(), TestTokens.wrongAudience(), TestTokens.wrongIssuer(),
                TestTokens.unsigned(), TestTokens.tampered()}) {
            anonymous.get().uri("/api/partnerships").header("Authorization", "Bearer " + bad).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.code").isEqualTo("invalid-token");
        }
    }

    @Test
    void aBrowserIsSentToSignInWithTheIdentityProviderUsingPkce() {
        anonymous.get().uri("/some-page").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectHeader().valueMatches("Location", "(http://[^/]+)?/oauth2/authorization/platform");
        anonymous.get().uri("/oauth2/authorization/platform").exchange()
                .expectStatus().isFound()
                // the sign-in's state is kept in the session, under a cookie name the provider's own
                // session cookie (JSESSIONID, same host locally) cannot overwrite
                .expectCookie().exists("GATEWAY_SESSION")
                .expectHeader().valueMatches("Location",
                        java.util.regex.Pattern.quote(TestTokens.issuerUri()) + "/oauth2/authorize\\?.*code_challenge=.*");
    }

    @Test
    void aBrowserSessionsChangeNeedsTheCsrfTokenWhileABearerCallDoesNot() {
        anonymous.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("csrf-token-missing");
        http.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().is2xxSuccessful();
        // the UI gets its CSRF token in a cookie it can read; a bearer-token client, which needs none, does not
        anonymous.get().uri("/").exchange().expectCookie().exists("XSRF-TOKEN");
        http.get().uri("/api/projects/csrf-check").exchange().expectStatus().isOk()
                .expectCookie().doesNotExist("XSRF-TOKEN");
    }

    @Test
    void theBearerTokenReachesTheService() {
        String token = TestTokens.viewer();
        anonymous.get().uri("/api/projects/relay-check").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk();
        assertThat(PROJECT.receivedAt("/api/projects/relay-check")).hasSize(1);
        assertThat(PROJECT.authorizationAt("/api/projects/relay-check")).isEqualTo("Bearer " + token);
    }

    @Test
    void securityHeadersAreSet() {
        anonymous.get().uri("/").exchange()
                .expectHeader().valueMatches("Content-Security-Policy", ".*frame-ancestors 'none'.*")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                // plain HTTP here: HSTS only on TLS
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void corsIsAllowedForConfiguredOriginsOnly() {
        anonymous.options().uri("/api/partnerships").header("Origin", "https://ui.goteborg.example")
                .header("Access-Control-Request-Method", "POST").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://ui.goteborg.example");
        anonymous.options().uri("/api/partnerships").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void aClientOverItsRateLimitGets429WithRetryAfterWhileOthersGoOn() {
        // the test context allows 1000 requests a minute per client, refilled smoothly (~17 a second):
        // this client sends far more than that, for as long as it takes on a loaded machine
        String greedy = "Bearer " + TestTokens.client("greedy-system", "platform.read");
        org.springframework.test.web.reactive.server.EntityExchangeResult<byte[]> refused = null;
        for (int i = 0; i < 4000 && refused == null; i++) {
            var result = anonymous.get().uri("/api/projects/rate").header("Authorization", greedy).exchange()
                    .expectBody().returnResult();
            if (result.getStatus().value() == 429) {
                refused = result;
            }
        }
        assertThat(refused).as("429 after the client's limit").isNotNull();
        assertThat(refused.getResponseHeaders().getFirst("Retry-After")).matches("[1-9][0-9]*");
        assertThat(refused.getResponseHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(new String(refused.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"code\":\"rate-limited\"");
        // another client is not affected
        http.get().uri("/api/projects/rate").exchange().expectStatus().isOk();
    }

    @Test
    void aTooLargeRequestBodyGets413ProblemJson() {
        http.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"x\":\"" + "a".repeat(70 * 1024) + "\"}").exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("payload-too-large");
    }

    @Test
    void aTooLargeBodySentWithoutALengthIsRefusedToo() {
        // chunked: no Content-Length to check up front, so the gateway counts the body as it streams
        var chunks = reactor.core.publisher.Flux.range(0, 70).map(i -> new org.springframework.core.io.buffer
                .DefaultDataBufferFactory().wrap(("\"" + "a".repeat(1022) + "\",").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String path = "/api/partnerships/chunked-" + java.util.UUID.randomUUID();
        http.post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .body(chunks, org.springframework.core.io.buffer.DataBuffer.class).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(PARTNERSHIP.receivedAt(path)).as("the service got no complete oversized request")
                .allSatisfy(r -> assertThat(r.body().length()).isLessThan(64 * 1024));
    }

    @Test
    void anOpenCircuitAnswers503Within100Milliseconds() {
        CircuitBreaker reporting = breakers.circuitBreaker("reporting-service");
        try {
            reporting.transitionToOpenState();
            http.get().uri("/api/reports/warm-up").exchange().expectStatus().isEqualTo(503);
            long started = System.nanoTime();
            http.get().uri("/api/reports/overview").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.service").isEqualTo("reporting-service");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
        } finally {
            reporting.reset();
        }
    }
}
