package se.goteborg.international.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import se.goteborg.international.launcher.PlatformApps.App;
import se.goteborg.international.localinfra.FreePorts;
import se.goteborg.international.testsupport.TestInfrastructure;

/**
 * All five apps, started from their exec jars by the launcher's own process code on the tests' real
 * PostgreSQL (a fresh database each) and Kafka, every app on a free port. For end-to-end tests that
 * talk to the platform through the gateway only.
 */
final class WholePlatform implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final RunningApps apps;
    private final PlatformApps.Wiring wiring;

    private WholePlatform(RunningApps apps, PlatformApps.Wiring wiring) {
        this.apps = apps;
        this.wiring = wiring;
    }

    /**
     * Starts every app of {@link PlatformApps#ALL} and waits until all are ready; stops those already
     * started when one fails to come up.
     *
     * @param logDirName directory under {@code platform-launcher/target} for the apps' logs
     */
    static WholePlatform start(String logDirName) {
        Path home = PlatformHome.locate();
        // missing jars fail here, before anything starts, naming the module to build
        Map<App, Path> jars = new LinkedHashMap<>();
        for (App app : PlatformApps.ALL) {
            jars.put(app, AppProcess.execJar(home, app));
        }
        TestInfrastructure.Database db = TestInfrastructure.postgres();
        String kafka = TestInfrastructure.kafkaBootstrapServers();
        Map<String, String> databases = new LinkedHashMap<>();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (App app : PlatformApps.ALL) {
            if (app.usesDatabase()) {
                databases.put(app.name(), db.createFreshDatabase("scenario_" + app.database()));
            }
            ports.put(app.name(), FreePorts.find());
        }
        PlatformApps.Wiring wiring = new PlatformApps.Wiring(
                new PlatformApps.Infrastructure(db.host(), db.port(), db.user(), db.password(), kafka), ports, databases);

        RunningApps apps = new RunningApps(home.resolve("platform-launcher/target").resolve(logDirName));
        WholePlatform platform = new WholePlatform(apps, wiring);
        try {
            Instant started = Instant.now();
            for (App app : PlatformApps.ALL) {
                apps.start(app, jars.get(app), wiring.portOf(app), PlatformApps.environment(app, wiring));
            }
            apps.awaitReady(START_TIMEOUT);
            System.out.println("The whole platform was ready after "
                    + Duration.between(started, Instant.now()).toSeconds() + " s; gateway at " + platform.gatewayUrl());
            return platform;
        } catch (RuntimeException | Error failure) {
            System.out.println(apps.logTails(60));
            apps.close();
            throw failure;
        }
    }

    String identityProviderUrl() {
        return "http://127.0.0.1:" + wiring.portOf(PlatformApps.IDENTITY);
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + wiring.portOf(PlatformApps.GATEWAY);
    }

    /** Stops one app (as an operator or a crash would), waiting until its process has gone. */
    void stop(App app) {
        for (AppProcess process : apps.processes()) {
            if (process.app().equals(app)) {
                process.requestStop();
                if (!process.awaitExit(Duration.ofSeconds(30))) {
                    process.kill();
                }
            }
        }
    }

    /** The last {@code lines} lines of every app's log. */
    String logTails(int lines) {
        return apps.logTails(lines);
    }

    @Override
    public void close() {
        apps.close();
    }
}
