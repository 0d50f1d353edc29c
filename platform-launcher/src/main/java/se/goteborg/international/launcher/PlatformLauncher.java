package se.goteborg.international.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.goteborg.international.launcher.PlatformApps.App;

/**
 * Runs the whole platform on this machine with no Docker: PostgreSQL (the machine's own, durable in
 * {@code <data>/postgres}), an in-process Kafka broker (durable in {@code <data>/kafka}), then every
 * app as a child JVM from its exec jar, each logging to {@code <data>/logs/<app>.log}. Waits until
 * every app is ready, prints where everything is, and on Ctrl-C (SIGINT) or SIGTERM stops the apps
 * (gracefully, then forcibly), then Kafka, then PostgreSQL.
 */
public final class PlatformLauncher {

    private static final Logger log = LoggerFactory.getLogger(PlatformLauncher.class);

    private final Path home;
    private final LauncherOptions options;
    private final LocalInfrastructure infrastructure;
    private final RunningApps apps;
    private final Instant began = Instant.now();
    private volatile boolean stopping;

    PlatformLauncher(Path home, LauncherOptions options) {
        this.home = home;
        this.options = options;
        this.infrastructure = new LocalInfrastructure(options.dataDir());
        this.apps = new RunningApps(options.dataDir().resolve("logs"));
    }

    public static void main(String[] args) {
        Path home;
        LauncherOptions options;
        try {
            home = PlatformHome.locate();
            options = LauncherOptions.parse(args, System.getProperties(), System.getenv(), home);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.print(LauncherOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LauncherOptions.USAGE);
            return;
        }
        PlatformLauncher launcher = new PlatformLauncher(home, options);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "platform-stop"));
        try {
            launcher.start();
        } catch (RuntimeException e) {
            if (!launcher.stopping) {
                if (e instanceof RunningApps.AppStartupException || e instanceof IllegalStateException) {
                    log.error("The platform did not start: {}", e.getMessage());
                } else {
                    log.error("The platform did not start", e);
                }
            }
            System.exit(1);
        }
        launcher.watch();
    }

    void start() {
        List<App> selected = options.apps();
        log.info("Starting {} with data in {}", selected.stream().map(App::name).toList(), options.dataDir());
        // everything that can be checked is checked before anything starts
        Map<App, Path> jars = new LinkedHashMap<>();
        for (App app : selected) {
            jars.put(app, AppProcess.execJar(home, app));
        }
        boolean needsPostgres = selected.stream().anyMatch(App::usesDatabase);
        boolean needsKafka = selected.stream().anyMatch(App::usesKafka);
        requirePortsFree(selected, needsPostgres, needsKafka);
        try {
            Files.createDirectories(options.dataDir().resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        if (needsPostgres) {
            infrastructure.startPostgres(PlatformApps.databases());
        }
        if (needsKafka) {
            infrastructure.startKafka();
        }
        PlatformApps.Wiring wiring = PlatformApps.Wiring.defaults(infrastructure.infrastructure());
        for (App app : selected) {
            Map<String, String> env = new LinkedHashMap<>(PlatformApps.environment(app, wiring));
            if (!options.profiles().isEmpty()) {
                env.put("SPRING_PROFILES_ACTIVE", String.join(",", options.profiles()));
            }
            apps.start(app, jars.get(app), wiring.portOf(app), env);
        }
        log.info("Waiting up to {} s for {} to be ready", options.startTimeout().toSeconds(),
                selected.stream().map(App::name).toList());
        apps.awaitReady(options.startTimeout());
        printSummary(Duration.between(began, Instant.now()));
    }

    /** Stops the apps, then Kafka, then PostgreSQL; runs as the shutdown hook. */
    void stop() {
        stopping = true;
        log.info("Stopping the platform");
        apps.close();
        infrastructure.close();
        log.info("Platform stopped");
    }

    /** Keeps the launcher alive while the platform runs, and says so when an app dies on its own. */
    private void watch() {
        Set<AppProcess> reported = new HashSet<>();
        while (!stopping) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (stopping || apps.isClosed()) {
                return;
            }
            for (AppProcess p : apps.processes()) {
                if (!p.isAlive() && reported.add(p)) {
                    log.error("{} exited on its own with code {}; see its log: {}", p.app().name(),
                            p.exitCode().orElse(-1), p.logFile().toAbsolutePath());
                }
            }
            if (!apps.processes().isEmpty() && reported.size() == apps.processes().size()) {
                log.error("Every app has exited; stopping");
                System.exit(1);
            }
        }
    }

    private void requirePortsFree(List<App> selected, boolean postgres, boolean kafka) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        if (postgres) {
            ports.put(LocalInfrastructure.POSTGRES_PORT, "PostgreSQL");
        }
        if (kafka) {
            ports.put(LocalInfrastructure.KAFKA_BROKER_PORT, "Kafka broker");
            ports.put(LocalInfrastructure.KAFKA_CONTROLLER_PORT, "Kafka controller");
        }
        selected.forEach(app -> ports.put(app.port(), app.name()));
        List<String> busy = new ArrayList<>();
        ports.forEach((port, what) -> {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(port));
            } catch (IOException e) {
                busy.add(port + " (" + what + ")");
            }
        });
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Port(s) already in use: " + String.join(", ", busy)
                    + ". Is the platform (or part of it) already running? Stop it first "
                    + "(e.g. `ps -ef | grep -e '-exec.jar' -e postgres`).");
        }
    }

    private void printSummary(Duration took) {
        StringBuilder s = new StringBuilder();
        s.append("\n==========================================================================\n");
        s.append(" The platform is up (").append(took.toSeconds()).append(" s).\n\n");
        if (options.apps().contains(PlatformApps.GATEWAY)) {
            // 127.0.0.1, not localhost: the identity provider refuses "localhost" in a sign-in redirect (OAuth 2.1)
            s.append(" Gateway (the front door):  http://127.0.0.1:").append(PlatformApps.GATEWAY.port()).append("\n\n");
        }
        s.append(String.format(" %-20s %-24s %s%n", "app", "address", "health / metrics"));
        for (AppProcess p : apps.processes()) {
            String base = p.baseUrl();
            s.append(String.format(" %-20s %-24s %s  (readiness: %s)%n", p.app().name(), base,
                    base + PlatformApps.HEALTH_PATH, PlatformApps.READINESS_PATH));
            s.append(String.format(" %-20s %-24s %s  (and %s)%n", "", "", base + PlatformApps.PROMETHEUS_PATH,
                    PlatformApps.METRICS_PATH));
        }
        s.append("\n PostgreSQL: ").append(infrastructure.postgresDescription()).append('\n');
        s.append(" Kafka:      ").append(infrastructure.kafkaDescription()).append('\n');
        s.append(" Logs:       ").append(options.dataDir().resolve("logs")).append("/<app>.log\n");
        s.append(" Dashboards and alert rules: docker/observability (run by docker compose: Prometheus :9090,\n")
                .append("             Grafana :3000); README \"Operating it\" says how to find a stuck event.\n");
        s.append(" Data:       ").append(options.dataDir()).append(" (kept between runs; delete it for a fresh start)\n");
        if (!options.profiles().isEmpty()) {
            s.append(" Profiles:   ").append(String.join(",", options.profiles())).append('\n');
        }
        s.append("\n Press Ctrl-C to stop everything.\n");
        s.append("==========================================================================\n");
        System.out.print(s);
        System.out.flush();
    }
}
