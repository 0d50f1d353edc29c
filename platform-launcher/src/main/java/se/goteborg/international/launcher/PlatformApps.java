package se.goteborg.international.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The platform's applications, in one place: name, Maven module, port, database, and the
 * environment each one reads. The launcher, the end-to-end test and the docker-compose consistency
 * test all take the list from here, so a new app or a renamed variable is changed once.
 *
 * <p>Shared conventions every app follows: {@code SERVER_PORT}; {@code DATABASE_URL},
 * {@code DATABASE_USER}, {@code DATABASE_PASSWORD} for an app with a database;
 * {@code KAFKA_BOOTSTRAP_SERVERS} for an app on the event backbone; the gateway reads
 * {@code <SERVICE>_URL} for each service; readiness at {@link #READINESS_PATH}.
 */
public final class PlatformApps {

    public static final String READINESS_PATH = "/actuator/health/readiness";
    public static final String HEALTH_PATH = "/actuator/health";
    public static final String METRICS_PATH = "/actuator/metrics";
    public static final String PROMETHEUS_PATH = "/actuator/prometheus";

    /**
     * One application.
     *
     * @param name             its name (spring.application.name, compose service, log file)
     * @param module           its Maven module, whose {@code target/<module>-<version>-exec.jar} runs it
     * @param port             its port in the local run and in docker-compose
     * @param database         its own database, or {@code null} for none
     * @param usesKafka        whether it is on the event backbone
     * @param routesToServices whether it is the gateway in front of the services
     */
    public record App(String name, String module, int port, String database, boolean usesKafka,
                      boolean routesToServices) {

        public App {
            Objects.requireNonNull(name);
            Objects.requireNonNull(module);
        }

        public boolean usesDatabase() {
            return database != null;
        }

        /** The variable the gateway reads this service's base URL from, e.g. {@code PARTNERSHIP_SERVICE_URL}. */
        public String serviceUrlVariable() {
            return name.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
        }
    }

    public static final App PARTNERSHIP = new App("partnership-service", "partnership-service", 8081, "partnership", true, false);
    public static final App PROJECT = new App("project-service", "project-service", 8082, "project", true, false);
    public static final App MONITORING = new App("monitoring-service", "monitoring-service", 8083, "monitoring", true, false);
    public static final App REPORTING = new App("reporting-service", "reporting-service", 8084, "reporting", true, false);
    public static final App GATEWAY = new App("gateway", "gateway", 8080, null, false, true);
    /** The development identity provider (Spring Authorization Server); a deployment names its own instead. */
    public static final App IDENTITY = new App("identity-provider", "identity-provider", 9000, null, false, false);

    /** Every app, in start order: the identity provider, the services, then the gateway in front of them. */
    public static final List<App> ALL = List.of(IDENTITY, PARTNERSHIP, PROJECT, MONITORING, REPORTING, GATEWAY);

    /** The apps a deployment runs and operators watch: all but the development identity provider. */
    public static final List<App> OBSERVED = List.of(PARTNERSHIP, PROJECT, MONITORING, REPORTING, GATEWAY);

    private PlatformApps() {
    }

    public static App byName(String name) {
        return ALL.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No app named '" + name + "'; the apps are "
                        + ALL.stream().map(App::name).toList()));
    }

    /** The services behind the gateway. */
    public static List<App> services() {
        return ALL.stream().filter(a -> !a.routesToServices() && a != IDENTITY).toList();
    }

    /** The names of the databases the apps use (one each). */
    public static List<String> databases() {
        return ALL.stream().filter(App::usesDatabase).map(App::database).toList();
    }

    /** The PostgreSQL server and Kafka brokers the apps are pointed at. */
    public record Infrastructure(String postgresHost, int postgresPort, String postgresUser, String postgresPassword,
                                 String kafkaBootstrapServers) {
    }

    /**
     * Everything an app's environment is made from: the infrastructure, plus ports and database names
     * where they differ from the apps' defaults (tests run on free ports with fresh databases).
     */
    public record Wiring(Infrastructure infrastructure, Map<String, Integer> ports, Map<String, String> databases) {

        public Wiring {
            ports = Map.copyOf(ports);
            databases = Map.copyOf(databases);
        }

        /** The local-run wiring: every app on its own port with its own database. */
        public static Wiring defaults(Infrastructure infrastructure) {
            return new Wiring(infrastructure, Map.of(), Map.of());
        }

        public int portOf(App app) {
            return ports.getOrDefault(app.name(), app.port());
        }

        public String databaseOf(App app) {
            return databases.getOrDefault(app.name(), app.database());
        }
    }

    /** The environment variables {@code app} is started with. */
    public static Map<String, String> environment(App app, Wiring wiring) {
        Infrastructure infra = wiring.infrastructure();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(wiring.portOf(app)));
        if (app.usesDatabase()) {
            env.put("DATABASE_URL", "jdbc:postgresql://" + infra.postgresHost() + ":" + infra.postgresPort() + "/"
                    + wiring.databaseOf(app));
            env.put("DATABASE_USER", infra.postgresUser());
            env.put("DATABASE_PASSWORD", infra.postgresPassword() == null ? "" : infra.postgresPassword());
        }
        if (app.usesKafka()) {
            env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
        }
        // every app trusts (and the identity provider is) the same issuer
        env.put("OAUTH2_ISSUER_URI", "http://127.0.0.1:" + wiring.portOf(IDENTITY));
        if (app == IDENTITY) {
            env.put("GATEWAY_URL", "http://127.0.0.1:" + wiring.portOf(GATEWAY));
        }
        if (app.routesToServices()) {
            for (App service : services()) {
                env.put(service.serviceUrlVariable(), "http://127.0.0.1:" + wiring.portOf(service));
            }
        }
        return env;
    }

    /** The names of the variables in {@link #environment}: what any deployment of {@code app} must set. */
    public static Set<String> environmentVariableNames(App app) {
        Infrastructure any = new Infrastructure("localhost", 5432, "postgres", "", "localhost:9092");
        return Set.copyOf(environment(app, Wiring.defaults(any)).keySet());
    }
}
