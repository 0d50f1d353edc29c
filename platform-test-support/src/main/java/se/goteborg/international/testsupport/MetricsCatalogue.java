package se.goteborg.international.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The checked-in catalogue {@code docker/observability/metrics.yml}: every metric the dashboards and
 * alert rules use, as {@code /actuator/prometheus} names it, with the apps that expose it and what
 * must have happened first for it to appear. The launcher's tests check that dashboards and rules use
 * only catalogued metrics; each app's tests check, by scraping itself, that it exposes what the
 * catalogue assigns to it. Together: a dashboard cannot silently lose its data.
 */
public final class MetricsCatalogue {

    public static final String LOCATION = "docker/observability/metrics.yml";

    /** A metric's name in the exposition format: what precedes the labels or the value. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", Pattern.MULTILINE);

    /**
     * One catalogued metric.
     *
     * @param apps  the {@code spring.application.name}s that expose it
     * @param after what must have happened first for the series to exist (e.g. {@code event-consumed});
     *              empty when the app exposes it once it has served a request
     */
    public record Metric(String name, Set<String> apps, String after, String help) {
    }

    private final Map<String, Metric> metrics;

    private MetricsCatalogue(Map<String, Metric> metrics) {
        this.metrics = metrics;
    }

    /** The repository's catalogue, found from the working directory upwards (a module's tests run in the module). */
    public static MetricsCatalogue load() {
        return parse(read(locate()));
    }

    public static Path locate() {
        String home = System.getProperty("platform.home");
        Path dir = home != null ? Paths.get(home).toAbsolutePath() : Paths.get("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(LOCATION))) {
                return d.resolve(LOCATION);
            }
        }
        throw new IllegalStateException("No " + LOCATION + " in " + dir + " or above");
    }

    @SuppressWarnings("unchecked")
    public static MetricsCatalogue parse(String yaml) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, Object> root = loaded instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> entries = root.get("metrics") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Metric> metrics = new LinkedHashMap<>();
        entries.forEach((name, value) -> {
            Map<String, Object> e = value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            Set<String> apps = new TreeSet<>();
            if (e.get("apps") instanceof Collection<?> c) {
                c.forEach(a -> apps.add(String.valueOf(a)));
            }
            metrics.put(name, new Metric(name, apps, e.get("after") == null ? "" : String.valueOf(e.get("after")),
                    e.get("help") == null ? "" : String.valueOf(e.get("help"))));
        });
        return new MetricsCatalogue(metrics);
    }

    public Map<String, Metric> metrics() {
        return metrics;
    }

    /** The names {@code app} must expose once the given things have happened (plus its ordinary requests). */
    public Set<String> expectedOf(String app, Collection<String> happened) {
        Set<String> names = new TreeSet<>();
        metrics.values().stream()
                .filter(m -> m.apps().contains(app))
                .filter(m -> m.after().isEmpty() || happened.contains(m.after()))
                .forEach(m -> names.add(m.name()));
        return names;
    }

    /** Of {@code expected}, those missing from a Prometheus scrape. */
    public static Set<String> missingFrom(String prometheusText, Collection<String> expected) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(exposedNames(prometheusText));
        return missing;
    }

    /** Every metric name with at least one sample in a Prometheus text scrape. */
    public static Set<String> exposedNames(String prometheusText) {
        Set<String> names = new TreeSet<>();
        Matcher m = SAMPLE.matcher(prometheusText);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kinds of {@code after} the catalogue uses; a typo there would silently exempt a metric. */
    public static final List<String> KNOWN_PRECONDITIONS = List.of(
            "event-published", "event-consumed", "dead-letter", "event-parked",
            "feed-failure", "deadline-check");
}
