package se.goteborg.international.gatewaymvc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.goteborg.international.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench variant does the real gateway's work: verifies the bearer token, then relays it upstream. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayMvcBenchTest {

    static final AtomicReference<String> relayed = new AtomicReference<>();
    static final HttpServer upstream = upstream();

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder jwtDecoder;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("PARTNERSHIP_SERVICE_URL", () -> "http://127.0.0.1:" + upstream.getAddress().getPort());
        registry.add("OAUTH2_ISSUER_URI", TestTokens::issuerUri);
    }

    @AfterAll
    static void stop() {
        upstream.stop(0);
    }

    @Test
    void aValidTokenIsVerifiedRememberedAndRelayed() throws Exception {
        String token = TestTokens.viewer();
        HttpResponse<String> response = get("/api/partnerships/p-1", token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("partnership");
        assertThat(relayed.get()).isEqualTo("Bearer " + token);
        assertThat(jwtDecoder).isInstanceOf(se.goteborg.international.tokens.VerifiedTokenCache.class);
    }

    @Test
    void badTokensAreRefusedBeforeTheService() throws Exception {
        relayed.set(null);
        for (String bad : new String[]{TestTokens.expired(), TestTokens.tampered(), TestTokens.wrongAudience()}) {
            assertThat(get("/api/partnerships/p-1", bad).statusCode()).isEqualTo(401);
        }
        assertThat(relayed.get()).isNull();
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpServer upstream() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/partnerships/", exchange -> {
                relayed.set(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] body = "partnership".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
