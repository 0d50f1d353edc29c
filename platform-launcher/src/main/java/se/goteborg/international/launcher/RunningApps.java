package se.goteborg.international.launcher;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.goteborg.international.launcher.PlatformApps.App;

/**
 * A group of apps started together, waited for together, and stopped together: used by the
 * launcher and by the end-to-end test alike.
 *
 * <p>Thread-safe in the one way that matters: {@link #close()} may run (from a shutdown hook) while
 * another thread is still starting or waiting for apps; an app started after that is stopped at once.
 */
public final class RunningApps implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningApps.class);

    /** How long an app gets for its graceful shutdown before it is killed. */
    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(30);

    private final Path logDir;
    private final List<String> jvmOptions;
    private final Duration stopGrace;
    private final List<AppProcess> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private boolean closed;

    public RunningApps(Path logDir) {
        this(logDir, AppProcess.DEFAULT_JVM_OPTIONS, DEFAULT_STOP_GRACE);
    }

    public RunningApps(Path logDir, List<String> jvmOptions, Duration stopGrace) {
        this.logDir = logDir;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.stopGrace = stopGrace;
    }

    /** The log file of {@code app}: {@code <logDir>/<app>.log}. */
    public Path logFileOf(App app) {
        return logDir.resolve(app.name() + ".log");
    }

    /** Starts {@code app} from {@code jar} on {@code port} with {@code environment}. */
    public AppProcess start(App app, Path jar, int port, Map<String, String> environment) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("Stopping: not starting " + app.name());
            }
        }
        AppProcess process = AppProcess.start(app, port, jar, environment, logFileOf(app), jvmOptions);
        synchronized (this) {
            processes.add(process);
            if (closed) {
                process.requestStop();
                throw new IllegalStateException("Stopping: " + app.name() + " was stopped right after it started");
            }
        }
        log.info("Started {} from {}, output in {}", process, jar.getFileName(), process.logFile());
        return process;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    public synchronized List<AppProcess> processes() {
        return List.copyOf(processes);
    }

    /**
     * Waits until every started app reports readiness UP.
     *
     * @throws AppStartupException naming the app and its log when one exits first or is not ready within
     *                             {@code timeout} of the wait's start
     */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<AppProcess, String> waiting = new LinkedHashMap<>();
        processes().forEach(p -> waiting.put(p, "not asked yet"));
        while (!waiting.isEmpty()) {
            if (isClosed()) {
                throw new IllegalStateException("Stopped while waiting for " + waiting.keySet().stream()
                        .map(w -> w.app().name()).toList() + " to become ready");
            }
            for (AppProcess p : List.copyOf(waiting.keySet())) {
                Optional<Integer> exit = p.exitCode();
                if (exit.isPresent()) {
                    throw new AppStartupException(p, p.app().name() + " exited with code " + exit.get()
                            + " before it was ready. See its log: " + p.logFile().toAbsolutePath()
                            + tailFor(p));
                }
                Optional<String> notReady = p.notReadyBecause(http);
                if (notReady.isEmpty()) {
                    waiting.remove(p);
                    log.info("{} is ready after {} s: {}", p.app().name(),
                            Duration.between(p.startedAt(), Instant.now()).toSeconds(), p.baseUrl());
                } else {
                    waiting.put(p, notReady.get());
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                Map.Entry<AppProcess, String> first = waiting.entrySet().iterator().next();
                AppProcess p = first.getKey();
                throw new AppStartupException(p, p.app().name() + " was not ready within " + timeout.toSeconds()
                        + " s (" + p.url(PlatformApps.READINESS_PATH) + " last answered: " + first.getValue() + ")"
                        + (waiting.size() > 1 ? "; also not ready: " + waiting.keySet().stream().skip(1)
                        .map(w -> w.app().name()).toList() : "")
                        + ". See its log: " + p.logFile().toAbsolutePath() + tailFor(p));
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /** The last lines of every app's log, for a failure report. */
    public String logTails(int lines) {
        StringBuilder out = new StringBuilder();
        for (AppProcess p : processes()) {
            out.append("\n----- last ").append(lines).append(" lines of ").append(p.logFile().toAbsolutePath())
                    .append(" (").append(p.exitCode().map(c -> "exited with " + c).orElse("running")).append(") -----\n");
            p.logTail(lines).forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    /**
     * Stops every app: all are asked to stop at once (SIGTERM, graceful shutdown), then each gets
     * until the grace period ends before it is killed. Safe to call more than once.
     */
    @Override
    public void close() {
        List<AppProcess> toStop;
        synchronized (this) {
            closed = true;
            toStop = List.copyOf(processes);
        }
        List<AppProcess> alive = toStop.stream().filter(AppProcess::isAlive).toList();
        if (alive.isEmpty()) {
            return;
        }
        log.info("Stopping {}", alive.stream().map(p -> p.app().name()).toList());
        alive.forEach(AppProcess::requestStop);
        Instant deadline = Instant.now().plus(stopGrace);
        for (AppProcess p : alive) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (p.awaitExit(left.isNegative() ? Duration.ZERO : left)) {
                log.info("{} stopped (exit code {})", p.app().name(), p.exitCode().orElse(-1));
            } else {
                log.warn("{} did not stop within {} s; killing it", p.app().name(), stopGrace.toSeconds());
                p.kill();
            }
        }
    }

    private static String tailFor(AppProcess p) {
        List<String> tail = p.logTail(25);
        return tail.isEmpty() ? "" : "\nLast lines of that log:\n  " + String.join("\n  ", tail);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the apps", e);
        }
    }

    /** An app that did not come up. */
    public static final class AppStartupException extends RuntimeException {

        private final transient AppProcess process;

        AppStartupException(AppProcess process, String message) {
            super(message);
            this.process = process;
        }

        public AppProcess process() {
            return process;
        }
    }
}
