package se.goteborg.international.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import se.goteborg.international.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real signed tokens, verified against the test issuer's published keys: remembered, yet still expiring. */
class RememberingJwtDecoderTest {

    private final NimbusReactiveJwtDecoder verifier = NimbusReactiveJwtDecoder.withJwkSetUri(TestTokens.jwkSetUri()).build();
    private final AtomicInteger verifications = new AtomicInteger();
    private final ReactiveJwtDecoder counting = token -> {
        verifications.incrementAndGet();
        return verifier.decode(token);
    };

    @Test
    void aReusedTokenIsAcceptedWithoutBeingVerifiedAgain() {
        RememberingJwtDecoder decoder = new RememberingJwtDecoder(counting);
        String token = TestTokens.viewer();
        Jwt first = decoder.decode(token).block();
        Jwt again = decoder.decode(token).block();
        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRememberedTokenThatExpiredIsRefused() {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(60));
        RememberingJwtDecoder decoder = new RememberingJwtDecoder(counting, timestamps);
        String token = TestTokens.viewer(); // valid for an hour
        decoder.decode(token).block();
        timestamps.setClock(Clock.fixed(Instant.now().plus(Duration.ofHours(2)), ZoneOffset.UTC));
        assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aChangedTokenIsVerifiedInFullAndRefused() {
        RememberingJwtDecoder decoder = new RememberingJwtDecoder(counting);
        String token = TestTokens.viewer();
        decoder.decode(token).block();
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThatThrownBy(() -> decoder.decode(tampered).block()).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }
}
