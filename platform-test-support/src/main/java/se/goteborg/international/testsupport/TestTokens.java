package se.goteborg.international.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Real signed tokens for tests, no mocks: an RSA key generated once per JVM signs JWTs with
 * Spring Security's {@link NimbusJwtEncoder}, and a tiny local HTTP server publishes the public key
 * as a JWK set, so services validate test tokens exactly as they validate the identity provider's
 * (signature, issuer, audience, expiry). {@link PlatformInfrastructureInitializer} points every
 * {@link PlatformIntegrationTest} at it.
 */
public final class TestTokens {

    public static final String AUDIENCE = "intl-platform";
    /** Demo units (the same as the identity provider's demo users). */
    public static final String CITY_OFFICE = "Stadsledningskontoret";
    public static final String BUSINESS_REGION = "Business Region Göteborg AB";
    public static final String CULTURE = "Kulturförvaltningen";

    private static Issuer issuer;

    private TestTokens() {
    }

    private record Issuer(String uri, RSAKey key, NimbusJwtEncoder encoder, NimbusJwtEncoder strangerEncoder) {
    }

    /** The test issuer's URI ({@code http://127.0.0.1:<port>}), started on first use. */
    public static synchronized String issuerUri() {
        return issuer().uri();
    }

    public static String jwkSetUri() {
        return issuerUri() + "/oauth2/jwks";
    }

    /** An international-office user: may read and change everything. */
    public static String internationalOffice() {
        return user("ingrid.io", CITY_OFFICE, "INTERNATIONAL_OFFICE");
    }

    /** A unit editor: changes only their unit's items. */
    public static String unitEditor(String unit) {
        return user("ulf.editor", unit, "UNIT_EDITOR");
    }

    public static String viewer() {
        return user("vera.viewer", CULTURE, "VIEWER");
    }

    public static String operator() {
        return user("otto.operator", CITY_OFFICE, "OPERATOR");
    }

    /** A user with the given unit and roles, valid for an hour. */
    public static String user(String name, String unit, String... roles) {
        return sign(base(issuerUri(), name, Instant.now(), Duration.ofHours(1))
                .claim("unit", unit).claim("roles", List.of(roles)).build());
    }

    /** A department system (client credentials) with the given scopes. */
    public static String client(String clientId, String... scopes) {
        return sign(base(issuerUri(), clientId, Instant.now(), Duration.ofHours(1))
                .claim("client_id", clientId).claim("scope", List.of(scopes)).build());
    }

    // ---- tokens every service must refuse ----

    /** Expired two hours ago (far beyond any clock-skew allowance). */
    public static String expired() {
        return sign(base(issuerUri(), "ingrid.io", Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1))
                .claim("unit", CITY_OFFICE).claim("roles", List.of("INTERNATIONAL_OFFICE")).build());
    }

    /** Signed with the right key but naming another issuer. */
    public static String wrongIssuer() {
        return sign(base("https://login.example.org", "ingrid.io", Instant.now(), Duration.ofHours(1))
                .claim("roles", List.of("INTERNATIONAL_OFFICE")).build());
    }

    /** Signed by the right issuer for another audience. */
    public static String wrongAudience() {
        return sign(JwtClaimsSet.builder().issuer(issuerUri()).subject("ingrid.io").audience(List.of("another-api"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plus(Duration.ofHours(1)))
                .claim("roles", List.of("INTERNATIONAL_OFFICE")).build());
    }

    /** An unsigned JWT ({@code alg: none}) carrying otherwise valid claims. */
    public static String unsigned() {
        String valid = internationalOffice();
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + valid.split("\\.")[1] + ".";
    }

    /** A valid token whose payload was changed afterwards (roles raised): the signature no longer matches. */
    public static String tampered() {
        String[] parts = viewer().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("VIEWER", "INTERNATIONAL_OFFICE");
        return parts[0] + "." + b64(payload) + "." + parts[2];
    }

    /** Well-formed and unexpired, but signed by a key the issuer never published. */
    public static String signedByAStranger() {
        return issuer().strangerEncoder().encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(issuer().key().getKeyID()).build(),
                base(issuerUri(), "mallory", Instant.now(), Duration.ofHours(1))
                        .claim("roles", List.of("INTERNATIONAL_OFFICE")).build())).getTokenValue();
    }

    private static JwtClaimsSet.Builder base(String iss, String subject, Instant issued, Duration lifetime) {
        return JwtClaimsSet.builder().issuer(iss).subject(subject).audience(List.of(AUDIENCE))
                .issuedAt(issued).notBefore(issued).expiresAt(issued.plus(lifetime)).id(UUID.randomUUID().toString());
    }

    private static String sign(JwtClaimsSet claims) {
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(issuer().key().getKeyID()).build();
        return issuer().encoder().encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized Issuer issuer() {
        if (issuer == null) {
            issuer = start();
        }
        return issuer;
    }

    private static Issuer start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                    .generate();
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            String uri = "http://127.0.0.1:" + server.getAddress().getPort();
            return new Issuer(uri, key, new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key))),
                    new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(stranger))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
