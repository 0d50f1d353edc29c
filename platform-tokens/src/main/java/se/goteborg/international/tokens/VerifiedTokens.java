package se.goteborg.international.tokens;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Tokens whose signature, issuer and audience were verified, so a client reusing its token for
 * minutes is not verified again on every request: RS256 verification was a quarter of a service's
 * CPU under load (bench/README.md). A token is immutable, so a remembered one needs only its time
 * claims checked again on each use; a changed byte is a different key and is verified in full.
 * Bounded, least recently used first out. Framework-neutral (no web stack): every service's decoder and
 * the gateway's (through platform-service-support) keep their verified tokens here.
 */
public final class VerifiedTokens {

    private static final int MAX_TOKENS = 10_000;

    private final OAuth2TokenValidator<Jwt> timestamps;
    private final Map<String, Jwt> verified = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
            return size() > MAX_TOKENS;
        }
    });

    public VerifiedTokens() {
        this(new JwtTimestampValidator()); // the same clock skew as the verifier's own check
    }

    public VerifiedTokens(OAuth2TokenValidator<Jwt> timestamps) {
        this.timestamps = timestamps;
    }

    /**
     * The remembered token, its time claims checked again, or null when it was not verified before.
     *
     * @throws JwtValidationException when a remembered token has expired (it is forgotten)
     */
    public Jwt recall(String token) {
        Jwt known = verified.get(token);
        if (known == null) {
            return null;
        }
        OAuth2TokenValidatorResult stillValid = timestamps.validate(known);
        if (stillValid.hasErrors()) {
            verified.remove(token);
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: "
                    + stillValid.getErrors().iterator().next().getDescription(), stillValid.getErrors());
        }
        return known;
    }

    /**
     * Wraps every decoder bean of the given type (the one Spring Boot configures) in a remembering
     * one, once: the services' and the gateways' bean definitions of it.
     */
    public static <D> BeanPostProcessor rememberingDecoders(Class<D> decoderType, Class<? extends D> remembering,
                                                            Function<D, D> wrap) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return decoderType.isInstance(bean) && !remembering.isInstance(bean)
                        ? wrap.apply(decoderType.cast(bean)) : bean;
            }
        };
    }

    /** Call only with what a full verification (signature, issuer, audience, time) returned. */
    public void remember(String token, Jwt verifiedJwt) {
        verified.put(token, verifiedJwt);
    }
}
