package se.goteborg.international.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/** Access tokens of the identity provider's demo clients, by client credentials, as a real client gets them. */
final class DemoClients {

    /** A department system: reads and writes every service's API. */
    static final String DEPARTMENT_SYSTEM = "department-system:department-demo-secret";
    /** Prometheus: reads metrics. */
    static final String METRICS_SCRAPER = "metrics-scraper:metrics-demo-secret";

    private DemoClients() {
    }

    static String token(HttpClient http, String issuer, String clientAndSecret, String scopes)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString(clientAndSecret.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + URLEncoder.encode(scopes, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("token from the identity provider: %s", response.body()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.access_token");
    }
}
