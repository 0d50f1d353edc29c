package se.goteborg.international.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import se.goteborg.international.launcher.PlatformApps.App;
import se.goteborg.international.testsupport.MetricsCatalogue;

/**
 * Dashboards and alert rules as code (docker/observability) cannot silently rot: every metric their
 * PromQL reads is in the catalogue metrics.yml (which the apps' own tests check against their
 * scrapes), the catalogue lists nothing unused, Prometheus scrapes every app, and compose runs
 * Prometheus and Grafana with these files.
 */
class ObservabilityAsCodeTest {

    private static final Path HOME = PlatformHome.locate();
    private static final Path OBSERVABILITY = HOME.resolve("docker/observability");
    private static final Path DASHBOARDS = OBSERVABILITY.resolve("grafana/dashboards");
    private static final Path RULES = OBSERVABILITY.resolve("prometheus/rules");
    /** Series Prometheus makes itself rather than scraping them. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");

    private final MetricsCatalogue catalogue = MetricsCatalogue.parse(read(OBSERVABILITY.resolve("metrics.yml")));

    @Test
    void dashboardsAndRulesUseOnlyCataloguedMetrics() {
        Map<String, Set<String>> used = usedMetrics();
        assertThat(used).as("no PromQL found in dashboards and rules").isNotEmpty();
        Map<String, Set<String>> unknown = new TreeMap<>();
        used.forEach((where, names) -> names.stream()
                .filter(n -> !catalogue.metrics().containsKey(n) && !PROMETHEUS_OWN.contains(n)
                        && !recordedNames().contains(n))
                .forEach(n -> unknown.computeIfAbsent(n, k -> new TreeSet<>()).add(where)));
        assertThat(unknown).as("metrics used by dashboards/rules but not in metrics.yml (so no app test checks "
                + "they exist): add them there with the apps that expose them, or fix the query").isEmpty();
    }

    @Test
    void theCatalogueListsOnlyMetricsInUseByAppsThatExist() {
        Set<String> used = new TreeSet<>();
        usedMetrics().values().forEach(used::addAll);
        assertThat(new TreeSet<>(catalogue.metrics().keySet())).as("catalogued but used by no dashboard or rule")
                .isSubsetOf(used);
        Set<String> apps = new TreeSet<>(PlatformApps.OBSERVED.stream().map(App::name).toList());
        catalogue.metrics().values().forEach(m -> {
            assertThat(m.apps()).as("apps of %s", m.name()).isNotEmpty().isSubsetOf(apps);
            if (!m.after().isEmpty()) {
                assertThat(MetricsCatalogue.KNOWN_PRECONDITIONS).as("'after' of %s", m.name()).contains(m.after());
            }
        });
        // the operator's questions of the issue each have their metric
        assertThat(catalogue.metrics()).containsKeys("platform_outbox_backlog", "platform_outbox_oldest_age_seconds",
                "platform_events_published_total", "platform_events_consumed_total",
                "kafka_consumer_fetch_manager_records_lag_max", "platform_events_dead_lettered_total",
                "platform_monitoring_feed_runs_total", "platform_monitoring_alerts_raised_total",
                "resilience4j_circuitbreaker_state", "http_server_requests_seconds_count",
                "http_server_requests_seconds_bucket");
    }

    @Test
    void everyRuleTheIssueAsksForIsThere() {
        String rules = read(RULES.resolve("platform.yml"));
        List<String> alerts = JsonPath.read(ComposeConsistency.loadYaml(rules), "$.groups[*].rules[*].alert");
        assertThat(alerts).contains("ServiceDown", "HighErrorRate", "OutboxBacklogGrowing", "ConsumerLagHigh",
                "DeadLettersWritten", "ReportingStale");
    }

    @Test
    void prometheusScrapesEveryAppAndComposeRunsPrometheusAndGrafanaWithTheseFiles() {
        Map<String, Object> prometheus = ComposeConsistency.loadYaml(OBSERVABILITY.resolve("prometheus/prometheus.yml"));
        Map<String, String> targets = new LinkedHashMap<>();
        for (Object job : ComposeConsistency.asList(prometheus.get("scrape_configs"))) {
            Map<String, Object> j = ComposeConsistency.asMap(job);
            assertThat(j.get("metrics_path")).as("metrics_path of %s", j.get("job_name")).isEqualTo(PlatformApps.PROMETHEUS_PATH);
            for (Object sc : ComposeConsistency.asList(j.get("static_configs"))) {
                for (Object t : ComposeConsistency.asList(ComposeConsistency.asMap(sc).get("targets"))) {
                    targets.put(String.valueOf(j.get("job_name")), String.valueOf(t));
                }
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        PlatformApps.OBSERVED.forEach(app -> expected.put(app.name(), app.name() + ":" + app.port()));
        assertThat(targets).isEqualTo(expected);

        Map<String, Object> services = ComposeConsistency.asMap(ComposeConsistency.loadYaml(HOME.resolve("docker-compose.yml")).get("services"));
        Map<String, Object> prom = ComposeConsistency.asMap(services.get("prometheus"));
        assertThat(String.valueOf(prom.get("image"))).startsWith("prom/prometheus:");
        assertThat(ComposeConsistency.asList(prom.get("volumes")).stream().map(String::valueOf))
                .anyMatch(v -> v.startsWith("./docker/observability/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml"))
                .anyMatch(v -> v.startsWith("./docker/observability/prometheus/rules:/etc/prometheus/rules"));
        Map<String, Object> grafana = ComposeConsistency.asMap(services.get("grafana"));
        assertThat(String.valueOf(grafana.get("image"))).startsWith("grafana/grafana:");
        assertThat(ComposeConsistency.asList(grafana.get("volumes")).stream().map(String::valueOf))
                .anyMatch(v -> v.startsWith("./docker/observability/grafana/provisioning:/etc/grafana/provisioning"))
                .anyMatch(v -> v.startsWith("./docker/observability/grafana/dashboards:/var/lib/grafana/dashboards"));
        for (App app : PlatformApps.OBSERVED) {
            assertThat(ComposeConsistency.asMap(prom.get("depends_on"))).as("prometheus depends on").containsKey(app.name());
        }
    }

    @Test
    void dashboardsUseTheProvisionedDataSource() {
        Map<String, Object> datasources = ComposeConsistency.loadYaml(
                OBSERVABILITY.resolve("grafana/provisioning/datasources/prometheus.yml"));
        List<String> uids = JsonPath.read(datasources, "$.datasources[*].uid");
        for (Path dashboard : dashboards()) {
            List<String> used = JsonPath.read(read(dashboard), "$..datasource.uid");
            assertThat(used).as("data sources of %s", dashboard.getFileName()).isNotEmpty().allMatch(uids::contains);
        }
        assertThat(dashboards()).extracting(p -> p.getFileName().toString())
                .contains("platform-overview.json", "service.json", "events-and-lag.json");
    }

    // ---- the name extraction itself ----

    @Test
    void findsTheMetricNamesOfAnExpression() {
        assertThat(PromQl.metricNames("""
                sum by (application, le) (rate(http_server_requests_seconds_bucket{uri!~"/actuator.*", le="0.5"}[5m]))
                  / ignoring (le) group_left sum(rate(http_server_requests_seconds_count{application="$application"}[$__rate_interval]))
                  and on () platform_outbox_backlog offset 5m > 1e3"""))
                .containsExactly("http_server_requests_seconds_bucket", "http_server_requests_seconds_count",
                        "platform_outbox_backlog");
        assertThat(PromQl.metricNames("label_values(process_uptime_seconds, application)"))
                .containsExactly("process_uptime_seconds");
        assertThat(PromQl.metricNames("up == 0")).containsExactly("up");
    }

    @Test
    void aDashboardReadingAnUncataloguedMetricIsNoticed() {
        String dashboard = """
                {"panels":[{"targets":[{"expr":"rate(platform_outbox_published_total[5m])"}]}]}""";
        List<String> exprs = JsonPath.read(dashboard, "$..expr");
        Set<String> names = PromQl.metricNames(exprs.get(0));
        assertThat(names).containsExactly("platform_outbox_published_total");
        assertThat(catalogue.metrics()).doesNotContainKey("platform_outbox_published_total");
    }

    /** Where each metric name is used: dashboards' targets and template queries, and the rules. */
    private Map<String, Set<String>> usedMetrics() {
        Map<String, Set<String>> byPlace = new TreeMap<>();
        for (Path dashboard : dashboards()) {
            String json = read(dashboard);
            List<Object> expressions = new ArrayList<>(JsonPath.read(json, "$..targets[*].expr"));
            expressions.addAll(JsonPath.read(json, "$.templating.list[*].definition"));
            for (Object expr : expressions) {
                PromQl.metricNames(String.valueOf(expr)).forEach(n ->
                        byPlace.computeIfAbsent(n, k -> new TreeSet<>()).add(dashboard.getFileName().toString()));
            }
        }
        for (Path rules : ruleFiles()) {
            List<Object> expressions = JsonPath.read(ComposeConsistency.loadYaml(read(rules)), "$.groups[*].rules[*].expr");
            for (Object expr : expressions) {
                PromQl.metricNames(String.valueOf(expr)).forEach(n ->
                        byPlace.computeIfAbsent(n, k -> new TreeSet<>()).add(rules.getFileName().toString()));
            }
        }
        // byPlace is name → places; invert to place → names for the caller
        Map<String, Set<String>> byFile = new TreeMap<>();
        byPlace.forEach((name, places) -> places.forEach(p -> byFile.computeIfAbsent(p, k -> new TreeSet<>()).add(name)));
        return byFile;
    }

    /** Names defined by recording rules: usable in expressions, not scraped from apps. */
    private Set<String> recordedNames() {
        Set<String> names = new TreeSet<>();
        for (Path rules : ruleFiles()) {
            List<Object> recorded = JsonPath.read(ComposeConsistency.loadYaml(read(rules)), "$.groups[*].rules[*].record");
            recorded.forEach(r -> names.add(String.valueOf(r)));
        }
        return names;
    }

    private static List<Path> dashboards() {
        return list(DASHBOARDS, ".json");
    }

    private static List<Path> ruleFiles() {
        return list(RULES, ".yml");
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
