package se.goteborg.international.testsupport;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import se.goteborg.international.localinfra.LocalKafka;
import se.goteborg.international.localinfra.LocalPostgres;

/**
 * The real PostgreSQL server and Kafka broker every test in this JVM shares, started once.
 *
 * <p>Chosen in this order: servers named by environment variables
 * ({@code PLATFORM_TEST_POSTGRES_URL} + {@code _USER} + {@code _PASSWORD},
 * {@code PLATFORM_TEST_KAFKA_BOOTSTRAP_SERVERS}); Testcontainers where a Docker engine answers;
 * otherwise PostgreSQL from the machine's binaries and an in-JVM KRaft broker.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static Database database;
    private static String kafkaBootstrapServers;
    private static LocalKafka localKafka;
    private static Boolean docker;

    private TestInfrastructure() {
    }

    /** Where a test's database lives: an admin URL (database "postgres") and credentials. */
    public record Database(String host, int port, String user, String password) {

        public String jdbcUrl(String name) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + name;
        }

        /** Creates a fresh, uniquely named database so every test context starts from an empty schema. */
        public String createFreshDatabase(String prefix) {
            String name = (prefix.replaceAll("[^a-z0-9]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8));
            LocalPostgres.createDatabaseIfMissing(jdbcUrl("postgres"), user, password, name);
            return name;
        }
    }

    public static synchronized Database postgres() {
        if (database == null) {
            database = startPostgres();
        }
        return database;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrapServers == null) {
            kafkaBootstrapServers = startKafka();
        }
        return kafkaBootstrapServers;
    }

    /**
     * The in-JVM broker, when that is what the tests run on; tests that take Kafka away and bring it
     * back need one they control, so they start their own with {@link LocalKafka#startTemporary()}.
     */
    public static synchronized boolean usesLocalKafka() {
        kafkaBootstrapServers();
        return localKafka != null;
    }

    private static Database startPostgres() {
        String url = System.getenv("PLATFORM_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            // jdbc:postgresql://host:port/anything
            java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
            log.info("Tests use the PostgreSQL server named by PLATFORM_TEST_POSTGRES_URL: {}", url);
            return new Database(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                    envOr("PLATFORM_TEST_POSTGRES_USER", "postgres"), envOr("PLATFORM_TEST_POSTGRES_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            log.info("Tests use a PostgreSQL container on port {}", container.getMappedPort(5432));
            return new Database(container.getHost(), container.getMappedPort(5432), container.getUsername(),
                    container.getPassword());
        }
        LocalPostgres pg = LocalPostgres.startTemporary();
        return new Database("127.0.0.1", pg.port(), LocalPostgres.USER, "");
    }

    private static String startKafka() {
        String servers = System.getenv("PLATFORM_TEST_KAFKA_BOOTSTRAP_SERVERS");
        if (servers != null && !servers.isBlank()) {
            log.info("Tests use the Kafka brokers named by PLATFORM_TEST_KAFKA_BOOTSTRAP_SERVERS: {}", servers);
            return servers;
        }
        if (dockerAvailable()) {
            KafkaContainer container = new KafkaContainer("apache/kafka:4.1.1");
            container.start();
            return container.getBootstrapServers();
        }
        localKafka = LocalKafka.startTemporary();
        return localKafka.bootstrapServers();
    }

    private static boolean dockerAvailable() {
        if (docker == null) {
            boolean disabled = "false".equalsIgnoreCase(System.getenv("PLATFORM_TEST_DOCKER"));
            docker = !disabled && DockerClientFactory.instance().isDockerAvailable();
        }
        return docker;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
