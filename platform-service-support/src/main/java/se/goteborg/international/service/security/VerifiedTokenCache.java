package se.goteborg.international.service.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers tokens whose signature, issuer and audience were verified, so a client reusing its
 * token for minutes is not verified again on every request: RS256 verification was a quarter of a
 * service's CPU under load (bench/README.md). A token is immutable, so a remembered one needs only
 * its time claims checked again on each use; a changed byte is a different key and is verified in
 * full. Bounded, least recently used first out.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    static final int MAX_TOKENS = 10_000;

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> timestamps;
    private final Map<String, Jwt> verified = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
            return size() > MAX_TOKENS;
        }
    });

    public VerifiedTokenCache(JwtDecoder verifier) {
        this(verifier, new JwtTimestampValidator()); // the same clock skew as the verifier's own check
    }

    VerifiedTokenCache(JwtDecoder verifier, OAuth2TokenValidator<Jwt> timestamps) {
        this.verifier = verifier;
        this.timestamps = timestamps;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.get(token);
        if (known == null) {
            Jwt jwt = verifier.decode(token); // signature, issuer, audience, time: throws when any fails
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult stillValid = timestamps.validate(known);
        if (stillValid.hasErrors()) {
            verified.remove(token);
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: "
                    + stillValid.getErrors().iterator().next().getDescription(), stillValid.getErrors());
        }
        return known;
    }
}
