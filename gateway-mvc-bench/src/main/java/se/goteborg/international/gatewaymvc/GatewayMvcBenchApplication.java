package se.goteborg.international.gatewaymvc;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import se.goteborg.international.tokens.VerifiedTokenCache;
import se.goteborg.international.tokens.VerifiedTokens;

/**
 * BENCHMARK ONLY (bench/gateway/bench.sh): the real gateway's API path rebuilt on Spring Cloud
 * Gateway Server MVC, to run on virtual threads (Java 21+, spring.threads.virtual.enabled). It does
 * the same security work per request (the bearer token verified, remembered as in the gateway, and
 * relayed unchanged) but has no OAuth2 login, web UI, rate limit, retry or circuit breaker.
 */
@SpringBootApplication
public class GatewayMvcBenchApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayMvcBenchApplication.class, args);
    }

    /** Bearer tokens only: no session, so no CSRF (a browser's ambient credentials do not exist here). */
    @Bean
    SecurityFilterChain apiOnly(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Verified tokens remembered, as in the real gateway and the services. */
    @Bean
    static BeanPostProcessor rememberVerifiedTokens() {
        return VerifiedTokens.rememberingDecoders(JwtDecoder.class, VerifiedTokenCache.class, VerifiedTokenCache::new);
    }
}
