package se.goteborg.international.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The real provider on a random port: tokens as the platform's services expect them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class IdentityProviderTest {

    /** The issuer names its port, so the port is chosen before the app starts. */
    private static final int PORT = freePort();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("identity.issuer", () -> "http://127.0.0.1:" + PORT);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    int port = PORT;

    @Test
    void aDepartmentSystemGetsAPlatformTokenWithItsScopesByClientCredentials() throws Exception {
        JsonNode token = post("/oauth2/token", "grant_type=client_credentials&scope=platform.read",
                "department-system", "department-demo-secret");
        Jwt jwt = decode(token.get("access_token").asString());
        assertThat(jwt.getAudience()).containsExactly("intl-platform");
        assertThat(jwt.getSubject()).isEqualTo("department-system");
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("platform.read");
        assertThat(jwt.getClaims()).doesNotContainKey("roles");
        assertThat(jwt.getIssuer().toString()).isEqualTo(base());
    }

    @Test
    void aWrongClientSecretGetsNoToken() throws Exception {
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Authorization", basic("department-system", "guess"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    /** The browser flow the gateway uses: authorization code with PKCE after the demo user signs in. */
    @Test
    void aDemoUserSignsInAndTheTokenNamesTheirRolesAndUnit() throws Exception {
        HttpClient browser = http();
        String verifier = "verifier-" + "x".repeat(50);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://127.0.0.1:8080/login/oauth2/code/platform";
        String authorize = base() + "/oauth2/authorize?response_type=code&client_id=gateway&scope=openid"
                + "&state=s1&code_challenge_method=S256&code_challenge=" + challenge
                + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8);

        HttpResponse<String> first = browser.send(get(authorize, "text/html"), HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).get().asString().endsWith("/login");
        String form = browser.send(get(base() + "/login", "text/html"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=bengt&password=bengt-demo&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> back = browser.send(get(signedIn.headers().firstValue("Location").orElseThrow(), "text/html"),
                HttpResponse.BodyHandlers.ofString());
        String location = back.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirect);
        String code = URLDecode(Pattern.compile("code=([^&]+)").matcher(location).results().findFirst()
                .orElseThrow().group(1));

        JsonNode token = post("/oauth2/token", "grant_type=authorization_code&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "&code_verifier=" + verifier,
                "gateway", "gateway-demo-secret");
        Jwt jwt = decode(token.get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("bengt");
        assertThat(jwt.getAudience()).containsExactly("intl-platform");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("UNIT_EDITOR");
        assertThat(jwt.getClaimAsString("unit")).isEqualTo("Business Region Göteborg AB");
        assertThat(token.get("refresh_token")).isNotNull();
        assertThat(decode(token.get("id_token").asString()).getClaimAsString("unit")).isEqualTo("Business Region Göteborg AB");
    }

    @Test
    void healthAnswersWithoutSignIn() throws Exception {
        assertThat(http().send(get(base() + "/actuator/health/readiness", "application/json"),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private Jwt decode(String token) {
        return NimbusJwtDecoder.withJwkSetUri(base() + "/oauth2/jwks").build().decode(token);
    }

    private JsonNode post(String path, String form, String client, String secret) throws Exception {
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", basic(client, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpRequest get(String uri, String accept) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Accept", accept).GET().build();
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String URLDecode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

}
