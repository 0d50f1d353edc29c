package se.goteborg.international.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import org.junit.jupiter.api.Test;

import se.goteborg.international.launcher.PlatformApps.App;
import se.goteborg.international.localinfra.FreePorts;
import se.goteborg.international.testsupport.MetricsCatalogue;
import se.goteborg.international.testsupport.TestInfrastructure;

/**
 * The platform's thinnest end-to-end slice, on the real apps: gateway, partnership-service and
 * reporting-service run from their exec jars as separate JVMs (started by the launcher's own
 * process code) on the tests' real PostgreSQL and Kafka. A partnership registered through the
 * gateway reaches reporting's overview through Kafka; the caller's trace id is in the log lines of all
 * three apps for that change (gateway → service → outbox → Kafka → reporting's consumer); and each app
 * then exposes every metric docker/observability/metrics.yml assigns to it.
 *
 * <p>The exec jars come from the package phase of those modules, which the reactor runs before this
 * module's tests ({@code ./mvnw verify} from the repository root).
 */
class EndToEndSliceTest {

    private static final List<App> SLICE = List.of(PlatformApps.IDENTITY, PlatformApps.PARTNERSHIP,
            PlatformApps.REPORTING, PlatformApps.GATEWAY);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aPartnershipRegisteredThroughTheGatewayShowsUpInReportingsOverviewInOneTrace() throws Exception {
        Path home = PlatformHome.locate();
        // missing jars fail here, naming the module to build
        Map<App, Path> jars = new LinkedHashMap<>();
        for (App app : SLICE) {
            jars.put(app, AppProcess.execJar(home, app));
        }

        TestInfrastructure.Database db = TestInfrastructure.postgres();
        String kafka = TestInfrastructure.kafkaBootstrapServers();
        Map<String, String> databases = Map.of(
                PlatformApps.PARTNERSHIP.name(), db.createFreshDatabase("e2e_" + PlatformApps.PARTNERSHIP.database()),
                PlatformApps.REPORTING.name(), db.createFreshDatabase("e2e_" + PlatformApps.REPORTING.database()));
        Map<String, Integer> ports = new LinkedHashMap<>();
        // every app gets a free port, also those not started here: the gateway's routes to them just fail
        PlatformApps.ALL.forEach(app -> ports.put(app.name(), FreePorts.find()));
        PlatformApps.Wiring wiring = new PlatformApps.Wiring(
                new PlatformApps.Infrastructure(db.host(), db.port(), db.user(), db.password(), kafka), ports, databases);

        RunningApps apps = new RunningApps(home.resolve("platform-launcher/target/e2e-logs"));
        try {
            for (App app : SLICE) {
                apps.start(app, jars.get(app), wiring.portOf(app), PlatformApps.environment(app, wiring));
            }
            Instant started = Instant.now();
            apps.awaitReady(START_TIMEOUT);
            System.out.println("The slice was ready after " + Duration.between(started, Instant.now()).toSeconds() + " s");

            String gateway = "http://127.0.0.1:" + wiring.portOf(PlatformApps.GATEWAY);
            // a department system's token from the real identity provider, by client credentials
            String issuer = "http://127.0.0.1:" + wiring.portOf(PlatformApps.IDENTITY);
            bearer = "Bearer " + DemoClients.token(http, issuer, DemoClients.DEPARTMENT_SYSTEM,
                    "platform.read platform.write");
            // Prometheus' own client: metrics need the metrics.read scope
            metricsBearer = "Bearer " + DemoClients.token(http, issuer, DemoClients.METRICS_SCRAPER, "metrics.read");
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/reports/overview"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as("without a token").isEqualTo(401);
            int before = twinCities(get(gateway + "/api/reports/overview"));

            // the caller's own trace, as a browser or another system with tracing would send it
            String traceId = UUID.randomUUID().toString().replace("-", "");
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/partnerships"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .header("Authorization", bearer)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"kind\":\"TWIN_CITY\",\"cityName\":\"Bergen\",\"countryCode\":\"NO\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as("POST /api/partnerships through the gateway: %s", created.body())
                    .isEqualTo(201);

            Instant deadline = Instant.now().plus(EVENT_TIMEOUT);
            int after = before;
            String overview = "";
            while (after <= before && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                overview = get(gateway + "/api/reports/overview");
                after = twinCities(overview);
            }
            assertThat(after).as("TWIN_CITY count in reporting's overview %s s after the POST (was %s): %s",
                    EVENT_TIMEOUT.toSeconds(), before, overview).isEqualTo(before + 1);

            // one trace id across HTTP and Kafka: an operator can follow this change through every log
            for (App app : SLICE) {
                if (PlatformApps.OBSERVED.contains(app)) { // the identity provider has no part in the change
                    awaitInLog(apps.logFileOf(app), traceId);
                }
            }

            // each app exposes the metrics the dashboards and alert rules read from it
            MetricsCatalogue catalogue = MetricsCatalogue.load();
            Map<App, Set<String>> happened = Map.of(PlatformApps.GATEWAY, Set.of("route-called"),
                    PlatformApps.PARTNERSHIP, Set.of("event-published"), PlatformApps.REPORTING, Set.of("event-consumed"));
            for (App app : SLICE) {
                if (!PlatformApps.OBSERVED.contains(app)) {
                    continue;
                }
                String scrape = get("http://127.0.0.1:" + wiring.portOf(app) + PlatformApps.PROMETHEUS_PATH, metricsBearer);
                assertThat(MetricsCatalogue.missingFrom(scrape, catalogue.expectedOf(app.name(), happened.get(app))))
                        .as("metrics %s lacks though %s assigns them to it", app.name(), MetricsCatalogue.LOCATION)
                        .isEmpty();
            }
        } catch (Throwable failure) {
            String tails = apps.logTails(60);
            System.out.println(tails);
            failure.addSuppressed(new AppLogs(tails));
            throw failure;
        } finally {
            apps.close();
        }
    }

    private String bearer;
    private String metricsBearer;

    private String get(String url) throws IOException, InterruptedException {
        return get(url, bearer);
    }

    private String get(String url, String authorization) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", url, response.body()).isEqualTo(200);
        return response.body();
    }

    /** Waits a little for the line (logs are written asynchronously to the file) and fails naming the app. */
    private static void awaitInLog(Path log, String traceId) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(5);
        while (!Files.readString(log).contains(traceId) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(Files.readString(log)).as("trace id %s in %s", traceId, log.getFileName()).contains(traceId);
    }

    /** {@code partnerships.byKind.TWIN_CITY} of reporting's overview; a kind not counted yet is 0. */
    private static int twinCities(String overview) {
        try {
            Number n = JsonPath.read(overview, "$.partnerships.byKind.TWIN_CITY");
            return n.intValue();
        } catch (PathNotFoundException e) {
            JsonPath.read(overview, "$.partnerships.byKind");
            return 0;
        }
    }

    /** The apps' log tails, attached to a failure. */
    private static final class AppLogs extends RuntimeException {
        AppLogs(String tails) {
            super("Logs of the apps:" + tails, null, false, false);
        }
    }
}
