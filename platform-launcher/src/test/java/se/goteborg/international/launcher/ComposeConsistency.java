package se.goteborg.international.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import se.goteborg.international.launcher.PlatformApps.App;

/**
 * Compares docker-compose.yml and the PostgreSQL init scripts with {@link PlatformApps} and with
 * the environment variables each app's own configuration reads; lists every disagreement.
 */
final class ComposeConsistency {

    static final String POSTGRES_SERVICE = "postgres";
    static final String KAFKA_SERVICE = "kafka";
    static final String INIT_DIR = "docker/postgres/init";

    /** {@code ${NAME} } or {@code ${NAME:default}} with an environment-style name. */
    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    /** Set by the container runtime itself in every container, so compose need not name it. */
    private static final Set<String> SET_BY_RUNTIME = Set.of("HOSTNAME");
    private static final Pattern CREATE_DATABASE =
            Pattern.compile("(?i)create\\s+database\\s+\"?([A-Za-z_][A-Za-z0-9_]*)\"?");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([A-Za-z0-9_]+).*");

    private final Path home;
    private final Map<String, Object> compose;
    private final Map<String, String> initScripts;
    private final List<String> problems = new ArrayList<>();

    ComposeConsistency(Path home, Map<String, Object> compose, Map<String, String> initScripts) {
        this.home = home;
        this.compose = compose;
        this.initScripts = initScripts;
    }

    /** Reads docker-compose.yml and the init scripts under {@code home}. */
    static ComposeConsistency of(Path home) {
        return new ComposeConsistency(home, loadYaml(home.resolve("docker-compose.yml")), readInitScripts(home));
    }

    static Map<String, Object> loadYaml(Path file) {
        try {
            return loadYaml(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> loadYaml(String text) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        return loaded instanceof Map<?, ?> m ? asMap(m) : Map.of();
    }

    static Map<String, String> readInitScripts(Path home) {
        Path dir = home.resolve(INIT_DIR);
        Map<String, String> scripts = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return scripts;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                scripts.put(f.getFileName().toString(), Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scripts;
    }

    /** The environment-variable names {@code ${NAME...}} placeholders in this configuration text read. */
    static Set<String> placeholderNames(String configText) {
        Set<String> names = new TreeSet<>();
        Matcher m = ENV_PLACEHOLDER.matcher(configText);
        while (m.find()) {
            names.add(m.group(1));
        }
        names.removeAll(SET_BY_RUNTIME);
        return names;
    }

    /** The databases the init scripts create. */
    static Set<String> createdDatabases(Map<String, String> initScripts) {
        Set<String> names = new TreeSet<>();
        initScripts.values().forEach(text -> {
            Matcher m = CREATE_DATABASE.matcher(text);
            while (m.find()) {
                names.add(m.group(1).toLowerCase());
            }
        });
        return names;
    }

    /** Every disagreement found; empty when compose, the init scripts, PlatformApps and the apps agree. */
    List<String> problems() {
        problems.clear();
        Map<String, Object> services = asMap(compose.get("services"));
        if (services.isEmpty()) {
            problems.add("docker-compose.yml has no services");
            return List.copyOf(problems);
        }
        checkInfrastructure(services);
        for (App app : PlatformApps.ALL) {
            Object service = services.get(app.name());
            if (!(service instanceof Map<?, ?> s)) {
                problems.add(app.name() + ": no compose service of that name");
                continue;
            }
            checkApp(app, asMap(s), services);
        }
        Set<String> created = createdDatabases(initScripts);
        Set<String> expected = new TreeSet<>(PlatformApps.databases());
        if (!created.equals(expected)) {
            problems.add(INIT_DIR + " creates databases " + created + " but the apps use " + expected);
        }
        return List.copyOf(problems);
    }

    private void checkInfrastructure(Map<String, Object> services) {
        Map<String, Object> postgres = asMap(services.get(POSTGRES_SERVICE));
        if (postgres.isEmpty()) {
            problems.add("no '" + POSTGRES_SERVICE + "' service");
        } else {
            if (!String.valueOf(postgres.get("image")).startsWith("postgres:")) {
                problems.add(POSTGRES_SERVICE + ": image is " + postgres.get("image") + ", not postgres:<version>");
            }
            if (asMap(postgres.get("healthcheck")).isEmpty()) {
                problems.add(POSTGRES_SERVICE + ": no healthcheck");
            }
            boolean mountsInit = asList(postgres.get("volumes")).stream().map(String::valueOf)
                    .anyMatch(v -> v.replaceFirst("^\\./", "").startsWith(INIT_DIR + ":/docker-entrypoint-initdb.d"));
            if (!mountsInit) {
                problems.add(POSTGRES_SERVICE + ": does not mount ./" + INIT_DIR + " at /docker-entrypoint-initdb.d");
            }
        }
        Map<String, Object> kafka = asMap(services.get(KAFKA_SERVICE));
        if (kafka.isEmpty()) {
            problems.add("no '" + KAFKA_SERVICE + "' service");
        } else if (asMap(kafka.get("healthcheck")).isEmpty()) {
            problems.add(KAFKA_SERVICE + ": no healthcheck");
        }
    }

    private void checkApp(App app, Map<String, Object> service, Map<String, Object> services) {
        String who = app.name() + ": ";

        // built from the one Dockerfile with this app's module
        Object build = service.get("build");
        if (build == null) {
            problems.add(who + "not built (no 'build')");
        } else {
            Map<String, Object> b = build instanceof Map<?, ?> m ? asMap(m) : Map.of("context", build);
            Path context = home.resolve(String.valueOf(b.getOrDefault("context", "."))).normalize();
            if (!context.equals(home.normalize())) {
                problems.add(who + "build context is " + b.get("context") + ", not the repository root");
            }
            String dockerfile = String.valueOf(b.getOrDefault("dockerfile", "Dockerfile"));
            if (!dockerfile.equals("Dockerfile")) {
                problems.add(who + "built from " + dockerfile + ", not the shared Dockerfile");
            }
            String module = keyValues(b.get("args")).get("MODULE");
            if (!app.module().equals(module)) {
                problems.add(who + "build arg MODULE is " + module + ", not " + app.module());
            }
        }

        // its environment: what PlatformApps sets and what its own configuration reads
        Map<String, String> env = keyValues(service.get("environment"));
        Set<String> required = new TreeSet<>(PlatformApps.environmentVariableNames(app));
        required.addAll(variablesReadByConfiguration(app));
        for (String name : required) {
            if (!env.containsKey(name)) {
                problems.add(who + "environment lacks " + name);
            }
        }
        String serverPort = env.get("SERVER_PORT");
        if (serverPort != null && !serverPort.equals(String.valueOf(app.port()))) {
            problems.add(who + "SERVER_PORT is " + serverPort + ", not " + app.port());
        }

        // its port published on the same number
        if (!publishes(service.get("ports"), app.port(), app.port())) {
            problems.add(who + "does not publish " + app.port() + ":" + app.port());
        }

        // what it depends on, healthy
        Map<String, String> dependsOn = dependencies(service.get("depends_on"));
        if (app.usesDatabase()) {
            String url = env.getOrDefault("DATABASE_URL", "");
            Matcher m = JDBC_URL.matcher(url);
            if (!m.matches()) {
                problems.add(who + "DATABASE_URL is '" + url + "', not jdbc:postgresql://host:port/database");
            } else {
                if (!m.group(1).equals(POSTGRES_SERVICE)) {
                    problems.add(who + "DATABASE_URL points at host " + m.group(1) + ", not the " + POSTGRES_SERVICE + " service");
                }
                if (!m.group(3).equals(app.database())) {
                    problems.add(who + "DATABASE_URL names database " + m.group(3) + ", not " + app.database());
                }
            }
            requireHealthy(who, dependsOn, POSTGRES_SERVICE);
        }
        if (app.usesKafka()) {
            String servers = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "");
            for (String server : servers.split(",")) {
                String host = server.trim().split(":")[0];
                if (!host.equals(KAFKA_SERVICE)) {
                    problems.add(who + "KAFKA_BOOTSTRAP_SERVERS names " + server + ", not the " + KAFKA_SERVICE + " service");
                }
            }
            requireHealthy(who, dependsOn, KAFKA_SERVICE);
        }
        if (app.routesToServices()) {
            for (App target : PlatformApps.services()) {
                String url = env.get(target.serviceUrlVariable());
                if (url != null) {
                    URI uri = URI.create(url);
                    if (!target.name().equals(uri.getHost()) || uri.getPort() != target.port()) {
                        problems.add(who + target.serviceUrlVariable() + " is " + url + ", not http://"
                                + target.name() + ":" + target.port());
                    }
                }
                if (!dependsOn.containsKey(target.name())) {
                    problems.add(who + "does not depend on " + target.name());
                }
            }
        }
        for (String dependency : dependsOn.keySet()) {
            if (!services.containsKey(dependency)) {
                problems.add(who + "depends on " + dependency + ", which is not a service");
            }
        }

        // readiness health check and a memory limit
        String healthcheck = String.valueOf(asMap(service.get("healthcheck")).get("test"));
        if (!healthcheck.contains(":" + app.port() + PlatformApps.READINESS_PATH)) {
            problems.add(who + "healthcheck does not ask :" + app.port() + PlatformApps.READINESS_PATH + " (" + healthcheck + ")");
        }
        Object deployLimit = asMap(asMap(asMap(service.get("deploy")).get("resources")).get("limits")).get("memory");
        if (service.get("mem_limit") == null && deployLimit == null) {
            problems.add(who + "no memory limit (mem_limit or deploy.resources.limits.memory)");
        }
    }

    private void requireHealthy(String who, Map<String, String> dependsOn, String dependency) {
        String condition = dependsOn.get(dependency);
        if (!"service_healthy".equals(condition)) {
            problems.add(who + "must depend on " + dependency + " with condition service_healthy (has "
                    + (condition == null ? "no dependency" : condition) + ")");
        }
    }

    /**
     * The environment variables the app's own {@code src/main/resources/application.{yml,yaml,properties}}
     * read through {@code ${NAME:...}} placeholders.
     */
    private Set<String> variablesReadByConfiguration(App app) {
        Path resources = home.resolve(app.module()).resolve("src/main/resources");
        Set<String> names = new LinkedHashSet<>();
        boolean found = false;
        for (String file : List.of("application.yml", "application.yaml", "application.properties")) {
            Path config = resources.resolve(file);
            if (Files.isRegularFile(config)) {
                found = true;
                try {
                    names.addAll(placeholderNames(Files.readString(config)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (!found) {
            problems.add(app.name() + ": no application.yml in " + home.relativize(resources)
                    + " to compare the compose environment with");
        }
        return names;
    }

    private static boolean publishes(Object ports, int published, int target) {
        for (Object port : asList(ports)) {
            if (port instanceof Map<?, ?> m) {
                Map<String, Object> p = asMap(m);
                if (String.valueOf(p.get("published")).equals(String.valueOf(published))
                        && String.valueOf(p.get("target")).equals(String.valueOf(target))) {
                    return true;
                }
            } else {
                String[] parts = String.valueOf(port).replaceFirst("/tcp$", "").split(":");
                if (parts.length >= 2 && parts[parts.length - 2].equals(String.valueOf(published))
                        && parts[parts.length - 1].equals(String.valueOf(target))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** depends_on as service → condition ({@code service_started} for the short list form). */
    private static Map<String, String> dependencies(Object dependsOn) {
        Map<String, String> result = new LinkedHashMap<>();
        if (dependsOn instanceof Map<?, ?> m) {
            asMap(m).forEach((name, spec) -> result.put(name,
                    String.valueOf(asMap(spec).getOrDefault("condition", "service_started"))));
        } else {
            asList(dependsOn).forEach(name -> result.put(String.valueOf(name), "service_started"));
        }
        return result;
    }

    /** A compose mapping given as a map or as a list of NAME=value. */
    private static Map<String, String> keyValues(Object value) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> result.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else {
            for (Object item : asList(value)) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                result.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Object> asList(Object value) {
        return value instanceof Collection<?> c ? List.copyOf(c) : List.of();
    }
}
