package se.goteborg.international.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.goteborg.international.launcher.PlatformApps.App;
import se.goteborg.international.localinfra.FreePorts;

/** The process code the launcher and the end-to-end test share, on small real child JVMs. */
class RunningAppsTest {

    private static final App APP = PlatformApps.PARTNERSHIP;
    private static final Duration QUICK_STOP = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    private static Path fakeAppJar;

    @BeforeAll
    static void buildFakeAppJar() throws IOException {
        fakeAppJar = dir.resolve("fake-app.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeApp.class.getName());
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(fakeAppJar), manifest)) {
            for (Class<?> c : new Class<?>[] {FakeApp.class, PlatformApps.class}) {
                String entry = c.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(entry));
                try (var in = c.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
    }

    @Test
    void waitsUntilTheAppIsReadyThenStopsItGracefully() {
        RunningApps apps = new RunningApps(dir.resolve("logs-ready"), AppProcess.DEFAULT_JVM_OPTIONS, QUICK_STOP);
        int port = FreePorts.find();
        AppProcess p = apps.start(APP, fakeAppJar, port, Map.of("SERVER_PORT", String.valueOf(port)));
        try {
            apps.awaitReady(Duration.ofSeconds(60));
            assertThat(p.isAlive()).isTrue();
        } finally {
            apps.close();
        }
        assertThat(p.isAlive()).isFalse();
        // SIGTERM, not a kill: the JVM ran its shutdown hooks
        assertThat(p.exitCode()).contains(143);
        assertThat(p.logTail(5)).contains("fake app stopping");
        assertThat(apps.logFileOf(APP)).isEqualTo(dir.resolve("logs-ready/partnership-service.log"));
    }

    @Test
    void anAppThatIsNotReadyInTimeFailsNamingItAndItsLog() {
        RunningApps apps = new RunningApps(dir.resolve("logs-slow"), AppProcess.DEFAULT_JVM_OPTIONS, QUICK_STOP);
        int port = FreePorts.find();
        AppProcess p = apps.start(APP, fakeAppJar, port,
                Map.of("SERVER_PORT", String.valueOf(port), "FAKE_READINESS", "OUT_OF_SERVICE"));
        try {
            assertThatThrownBy(() -> apps.awaitReady(Duration.ofSeconds(5)))
                    .isInstanceOf(RunningApps.AppStartupException.class)
                    .hasMessageContaining("partnership-service was not ready within 5 s")
                    .hasMessageContaining("HTTP 503")
                    .hasMessageContaining(dir.resolve("logs-slow/partnership-service.log").toString());
        } finally {
            apps.close();
        }
        assertThat(p.isAlive()).isFalse();
    }

    @Test
    void anAppThatExitsWhileStartingFailsAtOnceNamingItAndItsLog() throws IOException {
        Path notAJar = Files.writeString(dir.resolve("broken-exec.jar"), "not a jar");
        RunningApps apps = new RunningApps(dir.resolve("logs-broken"), AppProcess.DEFAULT_JVM_OPTIONS, QUICK_STOP);
        try {
            apps.start(APP, notAJar, FreePorts.find(), Map.of());
            long began = System.nanoTime();
            assertThatThrownBy(() -> apps.awaitReady(Duration.ofSeconds(60)))
                    .isInstanceOf(RunningApps.AppStartupException.class)
                    .hasMessageContaining("partnership-service exited with code 1 before it was ready")
                    .hasMessageContaining(dir.resolve("logs-broken/partnership-service.log").toString())
                    .hasMessageContaining("Invalid or corrupt jarfile");
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(30));
        } finally {
            apps.close();
        }
    }

    @Test
    void theLogOfThePreviousRunIsKept() throws IOException {
        Path logs = dir.resolve("logs-rotate");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("partnership-service.log"), "previous run\n");
        RunningApps apps = new RunningApps(logs, AppProcess.DEFAULT_JVM_OPTIONS, QUICK_STOP);
        int port = FreePorts.find();
        try {
            apps.start(APP, fakeAppJar, port, Map.of("SERVER_PORT", String.valueOf(port)));
            apps.awaitReady(Duration.ofSeconds(60));
        } finally {
            apps.close();
        }
        assertThat(Files.readString(logs.resolve("partnership-service.log.1"))).isEqualTo("previous run\n");
        assertThat(Files.readString(logs.resolve("partnership-service.log"))).contains("fake app listening on " + port);
    }

    @Test
    void aMissingExecJarNamesTheModuleToBuild(@TempDir Path home) {
        assertThatThrownBy(() -> AppProcess.execJar(home, PlatformApps.REPORTING))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The runnable jar of reporting-service is missing")
                .hasMessageContaining("Build module 'reporting-service' first")
                .hasMessageContaining("-pl reporting-service -am");
    }

    @Test
    void theNewestExecJarOfTheModuleIsRun(@TempDir Path home) throws IOException {
        Path target = Files.createDirectories(home.resolve("gateway/target"));
        Path older = Files.writeString(target.resolve("gateway-0.1.0-exec.jar"), "");
        Path newer = Files.writeString(target.resolve("gateway-0.2.0-exec.jar"), "");
        Files.writeString(target.resolve("gateway-0.3.0.jar"), "");
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        assertThat(AppProcess.execJar(home, PlatformApps.GATEWAY)).isEqualTo(newer);
    }
}
