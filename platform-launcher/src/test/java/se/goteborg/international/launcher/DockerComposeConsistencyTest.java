package se.goteborg.international.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.goteborg.international.launcher.PlatformApps.App;

/**
 * docker-compose.yml can't be run here (no Docker engine), so it is checked against what is
 * known: {@link PlatformApps} (services, modules, ports, databases, environment), each app's own
 * application.yml (every {@code ${NAME:...}} it reads must be set), and the PostgreSQL init script.
 */
class DockerComposeConsistencyTest {

    private static final Path HOME = PlatformHome.locate();

    private String composeText;

    @BeforeEach
    void readCompose() throws IOException {
        composeText = Files.readString(HOME.resolve("docker-compose.yml"));
    }

    @Test
    void composeFileAgreesWithPlatformAppsTheAppsConfigurationAndTheInitScript() {
        assertThat(ComposeConsistency.of(HOME).problems()).isEmpty();
    }

    @Test
    void theInitScriptCreatesExactlyTheAppsDatabases() {
        assertThat(ComposeConsistency.createdDatabases(ComposeConsistency.readInitScripts(HOME)))
                .containsExactlyInAnyOrderElementsOf(PlatformApps.databases());
    }

    @Test
    void theSharedDockerfileTakesTheModuleAndRunsItsExecJar() throws IOException {
        String dockerfile = Files.readString(HOME.resolve("Dockerfile"));
        assertThat(dockerfile).contains("ARG MODULE", "-pl \"$MODULE\"", "\"$MODULE\"-*-exec.jar", "USER app");
    }

    @Test
    void placeholderNamesAreTheEnvironmentStyleOnes() {
        String yaml = """
                spring:
                  application:
                    name: x
                  datasource:
                    url: ${DATABASE_URL:jdbc:postgresql://127.0.0.1:15432/x}
                    username: ${spring.application.name}
                  kafka:
                    bootstrap-servers: ${KAFKA_BOOTSTRAP_SERVERS}
                server:
                  port: ${SERVER_PORT:${PORT:8081}}
                """;
        assertThat(ComposeConsistency.placeholderNames(yaml))
                .containsExactly("DATABASE_URL", "KAFKA_BOOTSTRAP_SERVERS", "PORT", "SERVER_PORT");
    }

    // ---- the check notices drift (on a stand-in repository with a configuration for every app) ----

    @Test
    void aStandInRepositoryThatAgreesHasNoProblems(@TempDir Path home) throws IOException {
        assertThat(check(home, Map.of(), c -> { })).isEmpty();
    }

    @Test
    void noticesAVariableAnAppReadsButComposeDoesNotSet(@TempDir Path home) throws IOException {
        assertThat(check(home, Map.of("partnership-service", "x: ${PARTNERSHIP_SECRET:none}\n"), c -> { }))
                .containsExactly("partnership-service: environment lacks PARTNERSHIP_SECRET");
    }

    @Test
    void noticesAMissingVariableOfPlatformApps(@TempDir Path home) throws IOException {
        assertThat(check(home, Map.of(), c -> env(c, "reporting-service").remove("KAFKA_BOOTSTRAP_SERVERS")))
                .contains("reporting-service: environment lacks KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void noticesTheWrongModule(@TempDir Path home) throws IOException {
        assertThat(check(home, Map.of(), c -> args(c, "project-service").put("MODULE", "monitoring-service")))
                .containsExactly("project-service: build arg MODULE is monitoring-service, not project-service");
    }

    @Test
    void noticesAnUnpublishedPort(@TempDir Path home) throws IOException {
        assertThat(check(home, Map.of(), c -> service(c, "monitoring-service").put("ports", List.of("18083:8083"))))
                .containsExactly("monitoring-service: does not publish 8083:8083");
    }

    @Test
    void noticesTheWrongDatabase(@TempDir Path home) throws IOException {
        assertThat(check(home, Map.of(), c -> env(c, "partnership-service")
                .put("DATABASE_URL", "jdbc:postgresql://postgres:5432/project")))
                .containsExactly("partnership-service: DATABASE_URL names database project, not partnership");
    }

    @Test
    void noticesADependencyThatIsNotWaitedForUntilHealthy(@TempDir Path home) throws IOException {
        assertThat(check(home, Map.of(), c -> ComposeConsistency.asMap(service(c, "reporting-service").get("depends_on"))
                .put("kafka", new LinkedHashMap<>(Map.of("condition", "service_started")))))
                .containsExactly("reporting-service: must depend on kafka with condition service_healthy (has service_started)");
    }

    @Test
    void noticesAMissingAppService(@TempDir Path home) throws IOException {
        assertThat(check(home, Map.of(), c -> ComposeConsistency.asMap(c.get("services")).remove("gateway")))
                .containsExactly("gateway: no compose service of that name");
    }

    @Test
    void noticesTheGatewayPointingAtTheWrongService(@TempDir Path home) throws IOException {
        assertThat(check(home, Map.of(), c -> env(c, "gateway").put("PROJECT_SERVICE_URL", "http://project-service:8083")))
                .containsExactly("gateway: PROJECT_SERVICE_URL is http://project-service:8083, not http://project-service:8082");
    }

    @Test
    void noticesAnInitScriptThatCreatesOtherDatabases(@TempDir Path home) throws IOException {
        standInRepository(home, Map.of());
        Map<String, String> init = Map.of("01.sql", "CREATE DATABASE partnership; CREATE DATABASE projects;"
                + " CREATE DATABASE monitoring; CREATE DATABASE reporting;");
        List<String> problems = new ComposeConsistency(home, ComposeConsistency.loadYaml(composeText), init).problems();
        assertThat(problems).containsExactly(ComposeConsistency.INIT_DIR
                + " creates databases [monitoring, partnership, projects, reporting] but the apps use "
                + "[monitoring, partnership, project, reporting]");
    }

    @Test
    void noticesAnAppWithoutConfigurationToCompareWith(@TempDir Path home) throws IOException {
        standInRepository(home, Map.of());
        Files.delete(home.resolve("gateway/src/main/resources/application.yml"));
        List<String> problems = new ComposeConsistency(home, ComposeConsistency.loadYaml(composeText),
                ComposeConsistency.readInitScripts(HOME)).problems();
        assertThat(problems).containsExactly("gateway: no application.yml in gateway/src/main/resources to compare the compose environment with");
    }

    /**
     * Checks the real compose file, changed by {@code change}, against a stand-in repository whose
     * apps read exactly PlatformApps' variables, plus {@code extraConfig} for some.
     */
    private List<String> check(Path home, Map<String, String> extraConfig, Consumer<Map<String, Object>> change)
            throws IOException {
        standInRepository(home, extraConfig);
        Map<String, Object> compose = ComposeConsistency.loadYaml(composeText);
        change.accept(compose);
        return new ComposeConsistency(home, compose, ComposeConsistency.readInitScripts(HOME)).problems();
    }

    private static void standInRepository(Path home, Map<String, String> extraConfig) throws IOException {
        for (App app : PlatformApps.ALL) {
            Path resources = Files.createDirectories(home.resolve(app.module()).resolve("src/main/resources"));
            StringBuilder yaml = new StringBuilder("app:\n");
            PlatformApps.environmentVariableNames(app).stream().sorted()
                    .forEach(name -> yaml.append("  ").append(name.toLowerCase()).append(": ${").append(name).append(":x}\n"));
            yaml.append(extraConfig.getOrDefault(app.name(), ""));
            Files.writeString(resources.resolve("application.yml"), yaml);
        }
    }

    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        return ComposeConsistency.asMap(ComposeConsistency.asMap(compose.get("services")).get(name));
    }

    private static Map<String, Object> env(Map<String, Object> compose, String name) {
        return ComposeConsistency.asMap(service(compose, name).get("environment"));
    }

    private static Map<String, Object> args(Map<String, Object> compose, String name) {
        return ComposeConsistency.asMap(ComposeConsistency.asMap(service(compose, name).get("build")).get("args"));
    }
}
