package se.goteborg.international.tokens;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * A blocking (servlet) token decoder that remembers the tokens it verified ({@link VerifiedTokens}):
 * a reused token is not RS256-verified again, only its time claims are rechecked. The services'
 * decoder (platform-service-support wraps theirs in it) and the bench-only MVC gateway's.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder verifier;
    private final VerifiedTokens verified;

    public VerifiedTokenCache(JwtDecoder verifier) {
        this(verifier, new JwtTimestampValidator());
    }

    VerifiedTokenCache(JwtDecoder verifier, OAuth2TokenValidator<Jwt> timestamps) {
        this.verifier = verifier;
        this.verified = new VerifiedTokens(timestamps);
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.recall(token);
        if (known != null) {
            return known;
        }
        Jwt jwt = verifier.decode(token); // signature, issuer, audience, time: throws when any fails
        verified.remember(token, jwt);
        return jwt;
    }
}
