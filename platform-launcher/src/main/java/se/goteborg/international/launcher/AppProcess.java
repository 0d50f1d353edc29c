package se.goteborg.international.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import se.goteborg.international.launcher.PlatformApps.App;

/**
 * One app running as a child JVM ({@code java -jar <module>-<version>-exec.jar}) with its output in
 * a log file of its own.
 */
public final class AppProcess {

    /** Heap and JIT settings for each app: five JVMs share a small machine. */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-Xmx384m", "-XX:TieredStopAtLevel=1");

    private final App app;
    private final int port;
    private final Path jar;
    private final Path logFile;
    private final Process process;
    private final Instant startedAt;

    private AppProcess(App app, int port, Path jar, Path logFile, Process process, Instant startedAt) {
        this.app = app;
        this.port = port;
        this.jar = jar;
        this.logFile = logFile;
        this.process = process;
        this.startedAt = startedAt;
    }

    /**
     * The runnable jar of {@code app} under {@code platformHome}: the newest
     * {@code <module>/target/<module>-*-exec.jar}.
     *
     * @throws IllegalStateException naming the module to build when there is none
     */
    public static Path execJar(Path platformHome, App app) {
        Path target = platformHome.resolve(app.module()).resolve("target");
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(target, app.module() + "-*-exec.jar")) {
                found.forEach(jars::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jars.stream().max(Comparator.comparing(AppProcess::modified)).orElseThrow(() -> new IllegalStateException(
                "The runnable jar of " + app.name() + " is missing: no " + target.resolve(app.module() + "-*-exec.jar")
                        + ". Build module '" + app.module() + "' first, e.g. `./mvnw -B -DskipTests package -pl "
                        + app.module() + " -am` (or `./mvnw -B -DskipTests package` for everything; bin/run does that)."));
    }

    /** The {@code java} binary of the JVM this code runs on, so the apps run on the same Java. */
    public static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Starts {@code app} from {@code jar} with {@code environment} added to this process's own, its
     * standard output and error going to {@code logFile} (the previous run's log is kept as
     * {@code <logFile>.1}).
     */
    public static AppProcess start(App app, int port, Path jar, Map<String, String> environment, Path logFile,
                                   List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary().toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(environment);
            Instant startedAt = Instant.now();
            Process process = builder.start();
            return new AppProcess(app, port, jar, logFile, process, startedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + app.name() + ": " + command, e);
        }
    }

    public App app() {
        return app;
    }

    public int port() {
        return port;
    }

    public Path jar() {
        return jar;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    public Instant startedAt() {
        return startedAt;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code, if the process has ended. */
    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String url(String path) {
        return baseUrl() + path;
    }

    /**
     * Asks the app's readiness endpoint once.
     *
     * @return empty when the app answers 200 with status UP, otherwise why it is not ready
     */
    public Optional<String> notReadyBecause(HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(PlatformApps.READINESS_PATH)))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                return Optional.empty();
            }
            return Optional.of("HTTP " + response.statusCode() + " " + abbreviate(response.body()));
        } catch (java.net.ConnectException e) {
            return Optional.of("connection refused (not listening yet)");
        } catch (IOException e) {
            return Optional.of(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** Asks the app to stop: SIGTERM, which starts Spring's graceful shutdown. */
    public void requestStop() {
        process.destroy();
    }

    /** Waits for the process to end; true if it has. */
    public boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Kills the process (SIGKILL) and waits briefly for it to go. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    /** The last {@code lines} lines of the app's log (reads at most the last 256 KiB). */
    public List<String> logTail(int lines) {
        if (!Files.exists(logFile)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(0, length - 256 * 1024);
            byte[] bytes = new byte[(int) (length - from)];
            file.seek(from);
            file.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n"));
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(could not read " + logFile + ": " + e.getMessage() + ")");
        }
    }

    @Override
    public String toString() {
        return app.name() + " (pid " + process.pid() + ", port " + port + ")";
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
