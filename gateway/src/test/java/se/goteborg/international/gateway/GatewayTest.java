package se.goteborg.international.gateway;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.goteborg.international.testsupport.TestTokens;

/**
 * The one setup every gateway test extends, so all share a single Spring context: the real gateway
 * on a random port, in front of real HTTP stubs (reporting-service is down). Short timeouts keep the
 * slow-upstream test quick; everything else is application.yml as deployed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "platform.gateway.routing.response-timeout=1s",
        "platform.gateway.cors.allowed-origins=https://ui.goteborg.example",
        "platform.gateway.rate-limit.requests=1000", "platform.web.max-request-size=64KB"})
@AutoConfigureWebTestClient
abstract class GatewayTest {

    static final UpstreamStub PARTNERSHIP = UpstreamStub.start("partnership-service");
    static final UpstreamStub PROJECT = UpstreamStub.start("project-service");
    static final UpstreamStub MONITORING = UpstreamStub.start("monitoring-service");
    static final String REPORTING_DOWN = UpstreamStub.deadUrl();

    /** Acts as an international-office API client (a real signed token from the test issuer). */
    WebTestClient http;

    /** Sends no token and no session. */
    WebTestClient anonymous;

    @Autowired
    void clients(WebTestClient client) {
        anonymous = client;
        http = client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.internationalOffice())
                .build();
    }

    // the same variables the deployment sets
    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("PARTNERSHIP_SERVICE_URL", PARTNERSHIP::url);
        registry.add("PROJECT_SERVICE_URL", PROJECT::url);
        registry.add("MONITORING_SERVICE_URL", MONITORING::url);
        registry.add("REPORTING_SERVICE_URL", () -> REPORTING_DOWN);
        registry.add("OAUTH2_ISSUER_URI", TestTokens::issuerUri);
    }
}
