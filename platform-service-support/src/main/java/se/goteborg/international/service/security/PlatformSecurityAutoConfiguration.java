package se.goteborg.international.service.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;

import se.goteborg.international.tokens.VerifiedTokenCache;
import se.goteborg.international.tokens.VerifiedTokens;

import static se.goteborg.international.service.security.PlatformRoles.INTERNATIONAL_OFFICE;
import static se.goteborg.international.service.security.PlatformRoles.OPERATOR;
import static se.goteborg.international.service.security.PlatformRoles.SCOPE_METRICS;
import static se.goteborg.international.service.security.PlatformRoles.SCOPE_READ;
import static se.goteborg.international.service.security.PlatformRoles.SCOPE_WRITE;
import static se.goteborg.international.service.security.PlatformRoles.UNIT_EDITOR;
import static se.goteborg.international.service.security.PlatformRoles.VIEWER;

/**
 * Every service is an OAuth2 resource server with the same rules, so a new endpoint is secured by
 * default: the token (signature, issuer, audience {@code intl-platform}, expiry; see
 * {@code security.properties}) is checked by Spring Security, then
 * <ul>
 * <li>health, info and the API docs answer anyone;</li>
 * <li>other actuator endpoints (Prometheus) need OPERATOR or the {@code metrics.read} scope;</li>
 * <li>admin endpoints ({@code /api/**}{@code /admin/**}) need OPERATOR;</li>
 * <li>reads need any platform role or a read/write scope;</li>
 * <li>writes need INTERNATIONAL_OFFICE or UNIT_EDITOR (whose unit the use case checks through
 *     {@link CurrentActor}) or the {@code platform.write} scope;</li>
 * <li>anything else needs a valid token.</li>
 * </ul>
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
public class PlatformSecurityAutoConfiguration {

    static final String[] PUBLIC = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
            "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, ProblemSecurityHandlers problems,
                                                    JwtAuthenticationConverter tokenConverter) throws Exception {
        RequestMatcher admin = request -> isAdminPath(request.getRequestURI());
        RequestMatcher read = request -> HttpMethod.GET.matches(request.getMethod())
                || HttpMethod.HEAD.matches(request.getMethod()) || HttpMethod.OPTIONS.matches(request.getMethod());
        http.authorizeHttpRequests(auth -> auth
                        // errors rendered after a refused request must not be refused again
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/**").access(anyOf(List.of(OPERATOR), List.of(SCOPE_METRICS)))
                        .requestMatchers(admin).access(anyOf(List.of(OPERATOR), List.of()))
                        .requestMatchers(read).access(anyOf(
                                List.of(INTERNATIONAL_OFFICE, UNIT_EDITOR, VIEWER, OPERATOR),
                                List.of(SCOPE_READ, SCOPE_WRITE)))
                        .anyRequest().access(anyOf(List.of(INTERNATIONAL_OFFICE, UNIT_EDITOR), List.of(SCOPE_WRITE))))
                // bearer tokens only: no session, no cookies, so no CSRF to protect against here
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(rs -> rs
                        .bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokenConverter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** {@code roles} claim → ROLE_x, {@code scope} claim → SCOPE_x; the principal is the token's subject. */
    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter platformJwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(PlatformSecurityAutoConfiguration::authorities);
        return converter;
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemSecurityHandlers platformProblemSecurityHandlers() {
        return new ProblemSecurityHandlers();
    }

    /**
     * No observation (span, timer) per security filter, authentication and authorization: a fifth of
     * a service's CPU under write load (JFR, bench/write). The request's own observation still traces
     * it, so every log line keeps its trace id; refusals are still logged and answered as before.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings platformSecurityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The default firewall's rules, checked without regular expressions (see {@link HeaderFirewall}). */
    @Bean
    WebSecurityCustomizer platformHeaderFirewall() {
        return web -> web.httpFirewall(HeaderFirewall.create());
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentActor currentActor() {
        return new CurrentActor();
    }

    /** Every service's token decoder remembers the tokens it verified (see {@link VerifiedTokenCache}). */
    @Bean
    static BeanPostProcessor verifiedTokenCache() {
        return VerifiedTokens.rememberingDecoders(JwtDecoder.class, VerifiedTokenCache.class, VerifiedTokenCache::new);
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        CurrentActor.strings(jwt.getClaim(PlatformRoles.ROLES_CLAIM))
                .forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        CurrentActor.strings(jwt.getClaim("scope"))
                .forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
        return authorities;
    }

    /** Admin endpoints: any path under /api/ with an {@code admin} segment. */
    static boolean isAdminPath(String path) {
        return path.startsWith("/api/") && (path.contains("/admin/") || path.endsWith("/admin"));
    }

    private static AuthorizationManager<RequestAuthorizationContext> anyOf(List<String> roles, List<String> scopes) {
        List<String> authorities = new ArrayList<>();
        roles.forEach(r -> authorities.add("ROLE_" + r));
        scopes.forEach(s -> authorities.add("SCOPE_" + s));
        return AuthorityAuthorizationManager.hasAnyAuthority(authorities.toArray(String[]::new));
    }
}
