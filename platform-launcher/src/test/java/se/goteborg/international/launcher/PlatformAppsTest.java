package se.goteborg.international.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class PlatformAppsTest {

    private static final PlatformApps.Infrastructure INFRA =
            new PlatformApps.Infrastructure("127.0.0.1", 15432, "postgres", "", "127.0.0.1:19092");

    @Test
    void aServiceGetsItsPortDatabaseAndBroker() {
        assertThat(PlatformApps.environment(PlatformApps.PROJECT, PlatformApps.Wiring.defaults(INFRA)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "SERVER_PORT", "8082",
                        "DATABASE_URL", "jdbc:postgresql://127.0.0.1:15432/project",
                        "DATABASE_USER", "postgres",
                        "DATABASE_PASSWORD", "",
                        "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092",
                        "OAUTH2_ISSUER_URI", "http://127.0.0.1:9000"));
    }

    @Test
    void theGatewayGetsEveryServicesAddressAndNoDatabase() {
        PlatformApps.Wiring wiring = new PlatformApps.Wiring(INFRA,
                Map.of("gateway", 18080, "reporting-service", 18084), Map.of());
        assertThat(PlatformApps.environment(PlatformApps.GATEWAY, wiring)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "SERVER_PORT", "18080",
                "PARTNERSHIP_SERVICE_URL", "http://127.0.0.1:8081",
                "PROJECT_SERVICE_URL", "http://127.0.0.1:8082",
                "MONITORING_SERVICE_URL", "http://127.0.0.1:8083",
                "REPORTING_SERVICE_URL", "http://127.0.0.1:18084",
                "OAUTH2_ISSUER_URI", "http://127.0.0.1:9000"));
    }

    @Test
    void theIdentityProviderIsTheIssuerEveryAppTrustsAndSendsBrowsersBackToTheGateway() {
        PlatformApps.Wiring wiring = new PlatformApps.Wiring(INFRA, Map.of("identity-provider", 19000), Map.of());
        assertThat(PlatformApps.environment(PlatformApps.IDENTITY, wiring)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "SERVER_PORT", "19000",
                "OAUTH2_ISSUER_URI", "http://127.0.0.1:19000",
                "GATEWAY_URL", "http://127.0.0.1:8080"));
        assertThat(PlatformApps.environment(PlatformApps.PARTNERSHIP, wiring))
                .containsEntry("OAUTH2_ISSUER_URI", "http://127.0.0.1:19000");
        assertThat(PlatformApps.services()).doesNotContain(PlatformApps.IDENTITY);
    }

    @Test
    void testsCanUseOtherDatabaseNames() {
        PlatformApps.Wiring wiring = new PlatformApps.Wiring(INFRA, Map.of(), Map.of("reporting-service", "e2e_reporting_1"));
        assertThat(PlatformApps.environment(PlatformApps.REPORTING, wiring))
                .containsEntry("DATABASE_URL", "jdbc:postgresql://127.0.0.1:15432/e2e_reporting_1");
    }

    @Test
    void theSixAppsWithTheirPortsAndDatabasesTheIdentityProviderFirst() {
        assertThat(PlatformApps.ALL).extracting(PlatformApps.App::name, PlatformApps.App::port, PlatformApps.App::database)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("identity-provider", 9000, null),
                        org.assertj.core.groups.Tuple.tuple("partnership-service", 8081, "partnership"),
                        org.assertj.core.groups.Tuple.tuple("project-service", 8082, "project"),
                        org.assertj.core.groups.Tuple.tuple("monitoring-service", 8083, "monitoring"),
                        org.assertj.core.groups.Tuple.tuple("reporting-service", 8084, "reporting"),
                        org.assertj.core.groups.Tuple.tuple("gateway", 8080, null));
    }

    @Test
    void optionsSelectAppsInStartOrderAndPassProfiles() {
        Path home = Path.of("/repo");
        LauncherOptions options = LauncherOptions.parse(
                new String[] {"--apps=gateway,partnership-service", "--profiles=demo", "--timeout=240"},
                new Properties(), Map.of(), home);
        assertThat(options.apps()).containsExactly(PlatformApps.PARTNERSHIP, PlatformApps.GATEWAY);
        assertThat(options.profiles()).containsExactly("demo");
        assertThat(options.startTimeout()).isEqualTo(Duration.ofSeconds(240));
        assertThat(options.dataDir()).isEqualTo(home.resolve(".platform-data"));
    }

    @Test
    void optionsFromSystemPropertiesAndTheDataDirFromTheEnvironment() {
        Properties props = new Properties();
        props.setProperty("platform.apps", "reporting-service");
        props.setProperty("platform.profiles", "demo,extra");
        LauncherOptions options = LauncherOptions.parse(new String[0], props,
                Map.of("PLATFORM_DATA_DIR", "/var/tmp/platform"), Path.of("/repo"));
        assertThat(options.apps()).containsExactly(PlatformApps.REPORTING);
        assertThat(options.profiles()).containsExactly("demo", "extra");
        assertThat(options.startTimeout()).isEqualTo(LauncherOptions.DEFAULT_START_TIMEOUT);
        assertThat(options.dataDir()).isEqualTo(Path.of("/var/tmp/platform"));
    }

    @Test
    void anUnknownAppOrOptionIsRefused() {
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--apps=gateway,billing"}, new Properties(), Map.of(), Path.of("/r")))
                .hasMessageContaining("Unknown app(s) [billing]");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--fast"}, new Properties(), Map.of(), Path.of("/r")))
                .hasMessageContaining("Unknown option: --fast");
    }
}
