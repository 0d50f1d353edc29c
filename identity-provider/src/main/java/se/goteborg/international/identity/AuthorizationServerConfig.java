package se.goteborg.international.identity;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server with the platform's demo users and clients. It mints the tokens;
 * the only thing added is what the platform's services read: audience {@code intl-platform}, and
 * for users their {@code roles} and {@code unit}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfig {

    static final String AUDIENCE = "intl-platform";

    /** The OAuth2 / OIDC endpoints (authorize, token, jwks, discovery, userinfo, logout). */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                // a browser that is not signed in goes to the login form
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The sign-in form for the demo users; health for the launcher and compose. */
    @Bean
    @Order(2)
    SecurityFilterChain signInChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService demoUsers(DemoIdentities identities, PasswordEncoder encoder) {
        List<UserDetails> users = identities.users().entrySet().stream()
                .map(e -> User.withUsername(e.getKey()).password(encoder.encode(e.getValue().password()))
                        .roles(e.getValue().roles().toArray(String[]::new)).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    RegisteredClientRepository clients(DemoIdentities identities, PasswordEncoder encoder) {
        List<RegisteredClient> clients = identities.clients().entrySet().stream().map(e -> {
            DemoIdentities.Client c = e.getValue();
            boolean browser = c.grantTypes().contains("authorization_code");
            RegisteredClient.Builder b = RegisteredClient.withId(UUID.nameUUIDFromBytes(e.getKey().getBytes()).toString())
                    .clientId(e.getKey())
                    .clientSecret(encoder.encode(c.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .clientSettings(ClientSettings.builder().requireProofKey(browser)
                            .requireAuthorizationConsent(false).build())
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(identities.accessTokenLifetime()).build());
            c.grantTypes().forEach(g -> b.authorizationGrantType(new AuthorizationGrantType(g)));
            if (c.redirectUris() != null) {
                c.redirectUris().forEach(b::redirectUri);
            }
            if (c.postLogoutRedirectUris() != null) {
                c.postLogoutRedirectUris().forEach(b::postLogoutRedirectUri);
            }
            if (c.scopes() != null) {
                c.scopes().forEach(b::scope);
            }
            return b.build();
        }).toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** A fresh signing key per start: tokens from before a restart are refused, which suits development. */
    @Bean
    JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(DemoIdentities identities) {
        return AuthorizationServerSettings.builder().issuer(identities.issuer()).build();
    }

    /**
     * What the platform's services read: every access token is for {@code intl-platform}; a user's
     * tokens (access and ID) name their roles and unit. Client-credentials tokens carry scopes only.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(DemoIdentities identities) {
        return context -> {
            boolean access = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            boolean id = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            if (access) {
                context.getClaims().audience(List.of(AUDIENCE));
            }
            if ((access || id) && !AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                String user = context.getPrincipal().getName();
                Set<String> roles = context.getPrincipal().getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                        .map(a -> a.substring("ROLE_".length())).collect(Collectors.toCollection(java.util.TreeSet::new));
                context.getClaims().claim("roles", List.copyOf(roles));
                DemoIdentities.User known = identities.users().get(user);
                if (known != null) {
                    context.getClaims().claim("unit", known.unit());
                    if (known.name() != null) {
                        context.getClaims().claim("name", known.name());
                    }
                }
            }
        };
    }
}
