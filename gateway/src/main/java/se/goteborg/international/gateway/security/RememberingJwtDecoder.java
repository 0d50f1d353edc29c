package se.goteborg.international.gateway.security;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import se.goteborg.international.tokens.VerifiedTokens;

/**
 * The gateway's bearer-token decoder, remembering the tokens it verified ({@link VerifiedTokens}, as
 * the services do): an API client reusing its token is not RS256-verified again on every request,
 * only its time claims are rechecked; a changed token is verified in full.
 */
final class RememberingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final VerifiedTokens verified;

    RememberingJwtDecoder(ReactiveJwtDecoder verifier) {
        this(verifier, new JwtTimestampValidator());
    }

    RememberingJwtDecoder(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> timestamps) {
        this.verifier = verifier;
        this.verified = new VerifiedTokens(timestamps);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        // defer: an expired remembered token becomes an error signal, as the verifier's own refusals are
        return Mono.defer(() -> {
            Jwt known = verified.recall(token);
            return known != null ? Mono.just(known)
                    : verifier.decode(token).doOnNext(jwt -> verified.remember(token, jwt));
        });
    }
}
