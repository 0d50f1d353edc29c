package se.goteborg.international.gateway.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

import se.goteborg.international.gateway.problem.Problems;
import se.goteborg.international.tokens.VerifiedTokens;

/**
 * The gateway as the front door: browsers sign in with OAuth2 login (session cookie, CSRF token in
 * a cookie for the single-page UI, logout), API clients send bearer tokens (validated like the
 * services do), and the user's token is relayed to the services (TokenRelay, application.yml). The
 * services check roles and units themselves; the gateway only requires a signed-in caller.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurity {

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
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, CorsConfigurationSource cors,
                                                ReactiveClientRegistrationRepository registrations,
                                                @Value("${platform.gateway.end-session-uri}") String endSessionUri) {
        ServerWebExchangeMatcher api = ServerWebExchangeMatchers.pathMatchers("/api/**");
        http.authorizeExchange(auth -> auth
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .pathMatchers("/", "/index.html", "/favicon.ico", "/fallback", "/error").permitAll()
                        // the web UI's static files (no data in them): the page must load to offer sign-in
                        .pathMatchers("/css/**", "/js/**", "/geo/**", "/img/**", "/webjars/**").permitAll()
                        .pathMatchers("/actuator/**").hasAnyAuthority("SCOPE_metrics.read", "ROLE_OPERATOR")
                        .anyExchange().authenticated())
                .oauth2Login(login -> { })
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> { }).authenticationEntryPoint(problem401()))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint(api)))
                .logout(logout -> logout.logoutSuccessHandler(signOutAtTheProvider(registrations, endSessionUri)))
                // the session is the browser's: its changes need the CSRF token (cookie → X-XSRF-TOKEN header);
                // bearer-token calls carry no ambient credentials and are exempt
                .csrf(csrf -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(GatewaySecurity::needsCsrf))
                .cors(c -> c.configurationSource(cors))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(csp(endSessionUri)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.SAME_ORIGIN))
                        // HSTS is written on HTTPS requests only (Spring Security's default); nosniff and
                        // X-Frame-Options DENY on every response
                        .hsts(hsts -> hsts.includeSubdomains(true)));
        return http.build();
    }

    /** The bearer-token decoder Spring Boot configures remembers the tokens it verified (see {@link RememberingJwtDecoder}). */
    @Bean
    static BeanPostProcessor rememberVerifiedTokens() {
        return VerifiedTokens.rememberingDecoders(ReactiveJwtDecoder.class, RememberingJwtDecoder.class,
                RememberingJwtDecoder::new);
    }

    /**
     * Writes the CSRF cookie on every browser response, so the UI has a token before its first change.
     * Not for bearer-token calls: they are exempt from CSRF and no browser reads their cookies (a new
     * random token and a Set-Cookie per API call was wasted work).
     */
    @Bean
    WebFilter csrfCookieFilter() {
        return (exchange, chain) -> {
            Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
            return token == null || bearer(exchange) ? chain.filter(exchange) : token.then(chain.filter(exchange));
        };
    }

    /**
     * Traces keep the request's span, its authentication and authorization, and the call to the
     * service; not one observation per security filter (a dozen per request: about a tenth of the
     * gateway's CPU under load, bench/README.md).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    /** After Spring Security (order -100), so the limit is per signed-in user or token subject. */
    @Bean
    @org.springframework.core.annotation.Order(0)
    RateLimitFilter rateLimitFilter(@Value("${platform.gateway.rate-limit.requests:300}") long requests,
                                    @Value("${platform.gateway.rate-limit.period:1m}") java.time.Duration period) {
        return new RateLimitFilter(requests, period);
    }

    /** Before Spring Security: an oversized body is refused before anything else is done with it. */
    @Bean
    @org.springframework.core.annotation.Order(-200)
    RequestSizeLimitFilter requestSizeLimitFilter(
            @Value("${platform.gateway.max-request-size:1MB}") org.springframework.util.unit.DataSize max) {
        return new RequestSizeLimitFilter(max);
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

    static Mono<ServerWebExchangeMatcher.MatchResult> needsCsrf(ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        boolean safe = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)
                || HttpMethod.OPTIONS.equals(method) || HttpMethod.TRACE.equals(method);
        return safe || bearer(exchange) ? ServerWebExchangeMatcher.MatchResult.notMatch() : ServerWebExchangeMatcher.MatchResult.match();
    }

    private static boolean bearer(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** API calls get 401 problem+json; a browser asking for a page is sent to sign in. */
    private static ServerAuthenticationEntryPoint entryPoint(ServerWebExchangeMatcher api) {
        ServerAuthenticationEntryPoint signIn = new RedirectServerAuthenticationEntryPoint("/oauth2/authorization/platform");
        ServerAuthenticationEntryPoint problem = problem401();
        return (exchange, ex) -> api.matches(exchange).flatMap(m -> m.isMatch()
                ? problem.commence(exchange, ex) : signIn.commence(exchange, ex));
    }

    private static ServerAuthenticationEntryPoint problem401() {
        return GatewaySecurity::write;
    }

    private static Mono<Void> write(ServerWebExchange exchange, AuthenticationException ex) {
        boolean tokenSent = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        String code = tokenSent ? "invalid-token" : "unauthenticated";
        String detail = tokenSent ? "The bearer token was refused: " + ex.getMessage()
                : "Sign in first: " + exchange.getRequest().getPath().value()
                        + " needs a signed-in session or a bearer token (Authorization: Bearer …)";
        String json = "{\"type\":\"" + Problems.TYPE_PREFIX + code + "\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":" + quote(detail) + ",\"instance\":" + quote(exchange.getRequest().getPath().value())
                + ",\"code\":\"" + code + "\"}";
        exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
        // RFC 6750: the scheme, and for a refused token the reason
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, tokenSent
                ? "Bearer error=\"invalid_token\", error_description=" + quote(ex.getMessage().replace("\"", "'"))
                : "Bearer");
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer buffer = exchange.getResponse().bufferFactory().wrap(json.getBytes(StandardCharsets.UTF_8));
        return exchange.getResponse().writeWith(Mono.just(buffer));
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * Signing out ends the identity provider's session too (OIDC RP-initiated logout), then comes back to
     * the start page: otherwise "Logga in" right after "Logga ut" would sign the same person straight
     * back in, which on a shared computer in an office is the wrong thing. The provider's endpoints are
     * named, not discovered (the gateway starts while the provider is down), so its end-session endpoint
     * is added to the registration here. A session without an ID token just goes back to the start page.
     */
    private static ServerLogoutSuccessHandler signOutAtTheProvider(ReactiveClientRegistrationRepository registrations,
                                                                   String endSessionUri) {
        ReactiveClientRegistrationRepository withEndSession = id -> registrations.findByRegistrationId(id)
                .map(r -> ClientRegistration.withClientRegistration(r)
                        .providerConfigurationMetadata(withEndSession(r, endSessionUri)).build());
        OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(withEndSession);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }

    private static Map<String, Object> withEndSession(ClientRegistration r, String endSessionUri) {
        Map<String, Object> metadata = new HashMap<>(r.getProviderDetails().getConfigurationMetadata());
        metadata.putIfAbsent("end_session_endpoint", endSessionUri);
        return metadata;
    }
}
