package se.goteborg.international.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the machine's own binaries ({@code initdb}, {@code pg_ctl}).
 *
 * <p>PostgreSQL refuses to run as root, so when this JVM runs as root every command runs as the
 * {@code postgres} user through {@code runuser} and the data directory is handed to that user.
 * Connections use trust authentication on 127.0.0.1 only.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

    private final Path binDir;
    private final Path dataDir;
    private final int port;
    private final boolean throwAway;
    private boolean running;

    private LocalPostgres(Path binDir, Path dataDir, int port, boolean throwAway) {
        this.binDir = binDir;
        this.dataDir = dataDir;
        this.port = port;
        this.throwAway = throwAway;
    }

    /** Whether PostgreSQL binaries can be found here (see {@link #findBinDir()}). */
    public static boolean available() {
        return findBinDir().isPresent();
    }

    /** A durable cluster in {@code dataDir}: created on first use, reused afterwards. */
    public static LocalPostgres startDurable(Path dataDir, int port) {
        LocalPostgres pg = new LocalPostgres(requireBinDir(), dataDir, port, false);
        pg.start();
        return pg;
    }

    /** A throw-away cluster for tests: temporary directory, free port, no fsync; removed at exit. */
    public static LocalPostgres startTemporary() {
        try {
            Path dir = Files.createTempDirectory("local-pg");
            LocalPostgres pg = new LocalPostgres(requireBinDir(), dir.resolve("data"), FreePorts.find(), true);
            pg.start();
            Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "local-pg-stop"));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bin directory of the newest PostgreSQL found: {@code PLATFORM_PG_BIN}, then Debian's
     * {@code /usr/lib/postgresql/<major>/bin}, then {@code initdb} on the PATH.
     */
    public static Optional<Path> findBinDir() {
        String configured = System.getenv("PLATFORM_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(p -> Files.isExecutable(p.resolve("initdb")));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> majors = Files.list(debian)) {
                Optional<Path> newest = majors.map(m -> m.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(LocalPostgres::majorOf));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                log.debug("Cannot list {}", debian, e);
            }
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .filter(p -> Files.isExecutable(p.resolve("initdb")) && Files.isExecutable(p.resolve("pg_ctl")))
                .findFirst();
    }

    private static int majorOf(Path binDir) {
        try {
            return Integer.parseInt(binDir.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Path requireBinDir() {
        return findBinDir().orElseThrow(() -> new IllegalStateException(
                "No PostgreSQL binaries found: install postgresql (e.g. apt-get install postgresql-15), "
                        + "set PLATFORM_PG_BIN, or point the platform at an existing server"));
    }

    private synchronized void start() {
        try {
            Files.createDirectories(dataDir);
            boolean asRoot = runningAsRoot();
            if (asRoot) {
                // the postgres user must own the data directory and be able to reach it
                run(List.of("chown", "-R", USER + ":" + USER, dataDir.toString()), false);
                if (throwAway) {
                    run(List.of("chown", USER + ":" + USER, dataDir.getParent().toString()), false);
                }
            }
            if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
                run(List.of(binDir.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", USER,
                        "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"), asRoot);
            }
            List<String> serverOptions = new ArrayList<>(List.of("-p " + port, "-k " + dataDir,
                    "-c listen_addresses=127.0.0.1", "-c max_connections=200"));
            if (throwAway) {
                serverOptions.addAll(List.of("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"));
            }
            run(List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "60",
                    "-l", dataDir.resolve("server.log").toString(), "-o", String.join(" ", serverOptions), "start"), asRoot);
            running = true;
            log.info("PostgreSQL ({}) listening on 127.0.0.1:{} with data in {}", binDir, port, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates {@code database} unless it exists. */
    public void createDatabaseIfMissing(String database) {
        createDatabaseIfMissing(jdbcUrl("postgres"), USER, "", database);
    }

    /** Creates {@code database} on any server reachable with these credentials, unless it exists. */
    public static void createDatabaseIfMissing(String adminJdbcUrl, String user, String password, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(adminJdbcUrl, user, password);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        try {
            run(List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"),
                    runningAsRoot());
            running = false;
            if (throwAway) {
                deleteRecursively(dataDir.getParent());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not stop PostgreSQL in {}: {}", dataDir, e.getMessage());
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command, boolean asPostgresUser) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + full);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + full, e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Command failed (" + process.exitValue() + "): " + full + "\n" + output);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
