package se.goteborg.international.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import se.goteborg.international.launcher.PlatformApps.App;

/**
 * The launcher's few options, from arguments or system properties (an argument wins).
 *
 * @param apps           the apps to start (default all)
 * @param profiles       extra Spring profiles for every app (SPRING_PROFILES_ACTIVE), e.g. {@code demo}
 * @param startTimeout   how long the apps get to become ready
 * @param dataDir        where PostgreSQL's and Kafka's data and the logs live
 * @param help           print usage and exit
 */
record LauncherOptions(List<App> apps, List<String> profiles, Duration startTimeout, Path dataDir, boolean help) {

    static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(180);

    static final String USAGE = """
            Runs the whole platform locally: PostgreSQL, Kafka and the apps, no Docker needed.

            Usage: bin/run [--no-build] [--apps=NAME,...] [--profiles=PROFILE,...] [--timeout=SECONDS]
                   java -jar platform-launcher/target/platform-launcher-*-exec.jar [same options]

              --apps=NAME,...         start only these apps (default: all of %s)
              --profiles=PROFILE,...  extra Spring profiles for every app, e.g. --profiles=demo
              --timeout=SECONDS       how long the apps may take to become ready (default %d)
              --help                  this text
              (system properties platform.apps, platform.profiles, platform.startTimeout work too)

            Environment: PLATFORM_DATA_DIR  data and logs (default <repository>/.platform-data; kept between runs)
                         PLATFORM_HOME      the repository root (default: found from the working directory)
                         PLATFORM_PG_BIN    the PostgreSQL bin directory to use (default: the newest installed)
            Ctrl-C stops the apps, then Kafka, then PostgreSQL.
            """.formatted(PlatformApps.ALL.stream().map(App::name).toList(), DEFAULT_START_TIMEOUT.toSeconds());

    static LauncherOptions parse(String[] args, Properties systemProperties, Map<String, String> env, Path home) {
        String apps = systemProperties.getProperty("platform.apps");
        String profiles = systemProperties.getProperty("platform.profiles");
        String timeout = systemProperties.getProperty("platform.startTimeout");
        boolean help = false;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("--apps=")) {
                apps = arg.substring("--apps=".length());
            } else if (arg.startsWith("--profiles=")) {
                profiles = arg.substring("--profiles=".length());
            } else if (arg.startsWith("--timeout=")) {
                timeout = arg.substring("--timeout=".length());
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        List<App> selected = PlatformApps.ALL;
        if (apps != null && !apps.isBlank()) {
            List<String> names = split(apps);
            List<App> chosen = new ArrayList<>();
            for (App app : PlatformApps.ALL) {
                if (names.contains(app.name())) {
                    chosen.add(app);
                }
            }
            List<String> unknown = names.stream().filter(n -> PlatformApps.ALL.stream().noneMatch(a -> a.name().equals(n))).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("Unknown app(s) " + unknown + "; the apps are "
                        + PlatformApps.ALL.stream().map(App::name).toList());
            }
            selected = List.copyOf(chosen);
        }
        Duration startTimeout = DEFAULT_START_TIMEOUT;
        if (timeout != null && !timeout.isBlank()) {
            try {
                startTimeout = Duration.ofSeconds(Long.parseLong(timeout.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--timeout takes seconds, not '" + timeout + "'");
            }
        }
        String dataDirSetting = env.get("PLATFORM_DATA_DIR");
        Path dataDir = dataDirSetting == null || dataDirSetting.isBlank()
                ? home.resolve(".platform-data")
                : Path.of(dataDirSetting).toAbsolutePath().normalize();
        return new LauncherOptions(selected, profiles == null ? List.of() : split(profiles), startTimeout, dataDir, help);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
