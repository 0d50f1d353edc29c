package se.goteborg.international.gateway.security;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

import se.goteborg.international.service.security.HeaderBearerTokenResolver;
import se.goteborg.international.service.security.ProblemSecurityHandlers;

/**
 * The gateway as the front door: browsers sign in with OAuth2 login (session cookie, CSRF token in
 * a cookie for the single-page UI, logout), API clients send bearer tokens (validated like the
 * services do, and remembered once verified: platform-service-support), and the user's token is
 * relayed to the services (TokenRelay, GatewayRoutes). The services check roles and units
 * themselves; the gateway only requires a signed-in caller.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class GatewaySecurity {

    static final String SIGN_IN = "/oauth2/authorization/platform";

    /**
     * The web UI's content security policy: only our own scripts, never framed. Forms post to the gateway
     * only, and may be redirected on to the identity provider (sign-out continues at its end-session
     * endpoint, which form-action also governs).
     */
    static String csp(String endSessionUri) {
        URI provider = URI.create(endSessionUri);
        String origin = provider.getScheme() + "://" + provider.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; form-action 'self' " + origin + "; frame-ancestors 'none'";
    }

    @Bean
    SecurityFilterChain gatewaySecurityChain(HttpSecurity http, ClientRegistrationRepository registrations,
                                             JwtAuthenticationConverter tokens, ProblemSecurityHandlers problems,
                                             @Value("${platform.gateway.end-session-uri}") String endSessionUri) {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        AuthenticationEntryPoint signInFirst = (request, response, ex) -> {
            if (api.matches(request)) {
                problems.commence(request, response, ex); // API calls get 401 problem+json
            } else {
                response.sendRedirect(SIGN_IN); // a browser asking for a page is sent to sign in
            }
        };
        http.authorizeHttpRequests(auth -> auth
                        // errors rendered after a refused request must not be refused again
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/", "/index.html", "/favicon.ico", "/error").permitAll()
                        // the web UI's static files (no data in them): the page must load to offer sign-in
                        .requestMatchers("/css/**", "/js/**", "/geo/**", "/img/**", "/webjars/**").permitAll()
                        .requestMatchers("/actuator/**").hasAnyAuthority("SCOPE_metrics.read", "ROLE_OPERATOR")
                        .anyRequest().authenticated())
                .oauth2Login(login -> { })
                .oauth2ResourceServer(rs -> rs
                        .bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(signInFirst).accessDeniedHandler(problems))
                .logout(logout -> logout.logoutSuccessHandler(signOutAtTheProvider(registrations, endSessionUri)))
                // the session is the browser's: its changes need the CSRF token (cookie → X-XSRF-TOKEN header
                // or _csrf form field); bearer-token calls carry no ambient credentials and are exempt
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(GatewaySecurity::needsCsrf))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .cors(c -> { }) // the bean corsConfigurationSource, below
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(csp(endSessionUri)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // HSTS is written on HTTPS requests only (Spring Security's default); nosniff and
                        // X-Frame-Options DENY on every response
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)));
        return http.build();
    }

    /** 401/403 problem+json as the services answer them, naming the gateway's two ways to sign in. */
    @Bean
    ProblemSecurityHandlers problemSecurityHandlers() {
        return new ProblemSecurityHandlers("a signed-in session or a bearer token (Authorization: Bearer …)");
    }

    /**
     * Traces keep the request's span and the call to the service; not an observation per security filter,
     * authentication and authorization (a dozen per request: about a tenth of the gateway's CPU under
     * load, bench/README.md). As in the services.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Relays a signed-in browser's access token (TokenRelay), refreshing it when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    /** After Spring Security, so the limit is per signed-in user or token subject. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(
            @Value("${platform.gateway.rate-limit.requests:300}") long requests,
            @Value("${platform.gateway.rate-limit.period:1m}") java.time.Duration period) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(requests, period));
        registration.setOrder(0); // Spring Security's chain is at -100
        return registration;
    }

    /** CORS only for the origins configured (none by default: the UI is served by the gateway itself). */
    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${platform.gateway.cors.allowed-origins:}") List<String> origins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> allowed = origins.stream().filter(o -> !o.isBlank()).toList();
        if (!allowed.isEmpty()) {
            CorsConfiguration config = new CorsConfiguration();
            config.setAllowedOrigins(allowed);
            config.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
            config.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "X-Request-Id", "X-XSRF-TOKEN"));
            config.setExposedHeaders(List.of("ETag", "Location", "X-Request-Id", "Retry-After"));
            config.setAllowCredentials(true);
            config.setMaxAge(3600L);
            source.registerCorsConfiguration("/**", config);
        }
        return source;
    }

    static boolean needsCsrf(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
        return !safe && !bearer(request);
    }

    static boolean bearer(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /**
     * Writes the CSRF cookie on every browser response, so the UI has a token before its first change.
     * Not for bearer-token calls: they are exempt from CSRF and no browser reads their cookies.
     */
    static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!bearer(request) && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken(); // loads the deferred token, which saves it as a cookie
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * Signing out ends the identity provider's session too (OIDC RP-initiated logout), then comes back to
     * the start page: otherwise "Logga in" right after "Logga ut" would sign the same person straight
     * back in, which on a shared computer in an office is the wrong thing. The provider's endpoints are
     * named, not discovered (the gateway starts while the provider is down), so its end-session endpoint
     * is added to the registration here. A session without an ID token just goes back to the start page.
     */
    private static OidcClientInitiatedLogoutSuccessHandler signOutAtTheProvider(
            ClientRegistrationRepository registrations, String endSessionUri) {
        ClientRegistrationRepository withEndSession = id -> {
            ClientRegistration r = registrations.findByRegistrationId(id);
            return r == null ? null : ClientRegistration.withClientRegistration(r)
                    .providerConfigurationMetadata(withEndSession(r, endSessionUri)).build();
        };
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(withEndSession);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    private static Map<String, Object> withEndSession(ClientRegistration r, String endSessionUri) {
        Map<String, Object> metadata = new HashMap<>(r.getProviderDetails().getConfigurationMetadata());
        metadata.putIfAbsent("end_session_endpoint", endSessionUri);
        return metadata;
    }
}
