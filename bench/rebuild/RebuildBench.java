import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.Topics;
import se.goteborg.international.events.contract.monitoring.AssessmentSnapshot;
import se.goteborg.international.events.contract.monitoring.ConsultationChanged;
import se.goteborg.international.events.contract.monitoring.ConsultationSnapshot;
import se.goteborg.international.events.contract.monitoring.ItemAssessed;
import se.goteborg.international.events.contract.monitoring.ItemStageChanged;
import se.goteborg.international.events.contract.monitoring.ItemTracked;
import se.goteborg.international.events.contract.monitoring.LegislationItemSnapshot;
import se.goteborg.international.events.contract.monitoring.MonitoringEvents;
import se.goteborg.international.events.contract.partnership.DecisionData;
import se.goteborg.international.events.contract.partnership.MembershipActivated;
import se.goteborg.international.events.contract.partnership.MembershipRegistered;
import se.goteborg.international.events.contract.partnership.MembershipSnapshot;
import se.goteborg.international.events.contract.partnership.MembershipUpdated;
import se.goteborg.international.events.contract.partnership.PartnershipActivated;
import se.goteborg.international.events.contract.partnership.PartnershipActivityRecorded;
import se.goteborg.international.events.contract.partnership.PartnershipEvents;
import se.goteborg.international.events.contract.partnership.PartnershipProposed;
import se.goteborg.international.events.contract.partnership.PartnershipRenewed;
import se.goteborg.international.events.contract.partnership.PartnershipSnapshot;
import se.goteborg.international.events.contract.partnership.PartnershipUpdated;
import se.goteborg.international.events.contract.project.IndicatorReported;
import se.goteborg.international.events.contract.project.ProjectEvents;
import se.goteborg.international.events.contract.project.ProjectGranted;
import se.goteborg.international.events.contract.project.ProjectRegistered;
import se.goteborg.international.events.contract.project.ProjectSnapshot;
import se.goteborg.international.events.contract.project.ProjectStatusChanged;
import se.goteborg.international.events.contract.project.ProjectUpdated;
import se.goteborg.international.events.envelope.EventCodec;

/**
 * The rebuild benchmark's helper (bench/rebuild/bench.sh), run with the JDK's single-file launcher on
 * reporting-service's runtime classpath:
 * <pre>
 *   produce  BOOTSTRAP COUNT        COUNT valid CloudEvents (real contract records) onto the domain topics,
 *                                   keyed by aggregate id; then moves reporting's consumer group to the end
 *   token    IDP                    an access token of the demo operator (olle), authorization code + PKCE
 *   rebuild  REPORTING TOKEN SECS   POST the rebuild, poll until it is no longer RUNNING:
 *                                   prints "status seconds recordsRead generation"
 *   baseline JDBC_URL GEN           plain JDBC batch inserting generation GEN's rows again (scratch generation,
 *                                   same tables and columns), timed; prints "seconds rows cpuMs" (its thread's CPU)
 *   keep     JDBC_URL GEN           deletes every other generation's rows and vacuums, so that what is timed next
 *                                   writes beside exactly one generation, as a rebuild on a settled system does
 * </pre>
 */
public class RebuildBench {

    static final String GROUP = "reporting-service";
    /** Every generational table, as reporting's Generations.TABLES lists them. */
    static final List<String> TABLES = List.of("applied_event", "read_model_progress", "partnership_view",
            "partnership_activity", "membership_view", "project_view", "project_partnership", "project_indicator",
            "milestone_overdue", "legislation_item_view", "assessment_view", "consultation_view", "alert_view");
    static final List<String> UNITS = List.of("Stadsledningskontoret", "Business Region Göteborg AB",
            "Kulturförvaltningen", "Stadsbyggnadsförvaltningen", "Intraservice", "Miljöförvaltningen",
            "Trafikkontoret", "Utbildningsförvaltningen");
    static final List<String> AREAS = List.of("OWN_OPERATIONS", "BUSINESS_DEVELOPMENT", "EXTERNAL_MONITORING");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "produce" -> produce(args[1], Long.parseLong(args[2]));
            case "token" -> System.out.println(operatorToken(args[1]));
            case "rebuild" -> rebuild(args[1], args[2], Integer.parseInt(args[3]));
            case "baseline" -> baseline(args[1], Integer.parseInt(args[2]));
            case "keep" -> keep(args[1], Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------- produce

    static void produce(String bootstrap, long count) throws Exception {
        EventCodec codec = new EventCodec(JsonMapper.builder().build(), "urn:se:goteborg:intl:bench");
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(512 * 1024));
        // uncompressed, as the services' outbox relays send them (events.properties): the rebuild reads them as they are
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(128L * 1024 * 1024));
        long t0 = System.nanoTime();
        Instant base = Instant.parse("2024-01-01T08:00:00Z");
        List<UUID> partnerships = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            Emitter out = new Emitter(codec, producer, count);
            for (long aggregate = 0; out.sent < count; aggregate++) {
                Instant t = base.plusSeconds(aggregate * 60);
                switch ((int) (aggregate % 10)) {
                    case 0, 1, 2 -> partnerships.add(partnership(out, t));
                    case 3 -> membership(out, t);
                    case 4, 5, 6 -> project(out, t, partnerships);
                    default -> monitoring(out, t);
                }
            }
            producer.flush();
        }
        moveGroupToEnd(bootstrap);
        System.err.printf("produced %d events in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
    }

    /** Sends envelopes, keyed by subject (the aggregate id), and stops at the requested count. */
    static final class Emitter {
        final EventCodec codec;
        final KafkaProducer<String, String> producer;
        final long limit;
        long sent;

        Emitter(EventCodec codec, KafkaProducer<String, String> producer, long limit) {
            this.codec = codec;
            this.producer = producer;
            this.limit = limit;
        }

        <T> void send(EventType<T> type, UUID subject, T payload, Instant time) {
            if (sent >= limit) {
                return;
            }
            String value = codec.write(codec.wrap(type, subject.toString(), payload, time));
            producer.send(new ProducerRecord<>(type.topic(), subject.toString(), value), (md, ex) -> {
                if (ex != null) {
                    ex.printStackTrace();
                    System.exit(1);
                }
            });
            sent++;
        }
    }

    static UUID partnership(Emitter out, Instant t) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        UUID id = UUID.randomUUID();
        String unit = pick(UNITS);
        List<String> areas = List.of(pick(AREAS));
        DecisionData kf = new DecisionData("KF", LocalDate.of(2010 + r.nextInt(15), 1 + r.nextInt(12), 1), "KF " + r.nextInt(1000));
        String city = "City " + id.toString().substring(0, 8);
        LocalDate start = LocalDate.of(2015 + r.nextInt(10), 1, 1);
        PartnershipSnapshot proposed = new PartnershipSnapshot(id, "TWIN_CITY", "PROPOSED", city, null, "NO", null, null,
                areas, List.of("culture"), "Exchange of school practice", unit, "yearly", List.of(), null, null, null,
                null, null, null, null, 1);
        out.send(PartnershipEvents.PROPOSED, id, new PartnershipProposed(id, "TWIN_CITY", city, "NO", "PROPOSED", proposed, "bench"), t);
        PartnershipSnapshot active = new PartnershipSnapshot(id, "TWIN_CITY", "ACTIVE", city, null, "NO", null, null,
                areas, List.of("culture"), "Exchange of school practice", unit, "yearly", List.of(kf), start, start.plusYears(4),
                start.plusYears(3), null, null, null, null, 2);
        out.send(PartnershipEvents.ACTIVATED, id, new PartnershipActivated(id, kf, active, "bench"), t.plusSeconds(1));
        for (int i = 0; i < 2; i++) {
            out.send(PartnershipEvents.UPDATED, id, new PartnershipUpdated(id, active, "bench"), t.plusSeconds(2 + i));
        }
        for (int i = 0; i < 3; i++) {
            out.send(PartnershipEvents.ACTIVITY_RECORDED, id, new PartnershipActivityRecorded(id, UUID.randomUUID(), "VISIT",
                    "Delegation " + i, start.plusDays(30L * i), null, city, "culture", null, List.of(), List.of(unit), null,
                    areas, active, "bench"), t.plusSeconds(5 + i));
        }
        out.send(PartnershipEvents.RENEWED, id, new PartnershipRenewed(id, kf, start.plusYears(4), start.plusYears(8),
                start.plusYears(7), active, "bench"), t.plusSeconds(9));
        return id;
    }

    static void membership(Emitter out, Instant t) {
        UUID id = UUID.randomUUID();
        DecisionData ks = new DecisionData("KS", LocalDate.of(2021, 1, 1), "KS 2021/1");
        MembershipSnapshot m = new MembershipSnapshot(id, "Network " + id.toString().substring(0, 8), "ACTIVE",
                "Learning from peers", new BigDecimal("10000.00"), "EUR", pick(UNITS), LocalDate.of(2027, 1, 1),
                List.of(ks), null, null, 1);
        out.send(PartnershipEvents.MEMBERSHIP_REGISTERED, id, new MembershipRegistered(id, m, "bench"), t);
        out.send(PartnershipEvents.MEMBERSHIP_ACTIVATED, id, new MembershipActivated(id, ks, m, "bench"), t.plusSeconds(1));
        out.send(PartnershipEvents.MEMBERSHIP_UPDATED, id, new MembershipUpdated(id, m, "bench"), t.plusSeconds(2));
    }

    static void project(Emitter out, Instant t, List<UUID> partnerships) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        UUID id = UUID.randomUUID();
        String unit = pick(UNITS);
        String area = pick(AREAS);
        List<ProjectSnapshot.Partner> partners = new ArrayList<>();
        for (int i = 0; i < 2 && !partnerships.isEmpty(); i++) {
            partners.add(new ProjectSnapshot.Partner("Partner " + i, "NO", "Bergen", "PARTNER",
                    partnerships.get(r.nextInt(partnerships.size()))));
        }
        List<ProjectSnapshot.Indicator> indicators = List.of(
                new ProjectSnapshot.Indicator("JOBS", "Jobs created", "count", BigDecimal.ZERO, new BigDecimal("50"), null, null),
                new ProjectSnapshot.Indicator("CO2", "CO2 reduced", "tonnes", BigDecimal.ZERO, new BigDecimal("500"), null, null));
        LocalDate start = LocalDate.of(2022 + r.nextInt(4), 1 + r.nextInt(12), 1);
        String title = "Project " + id.toString().substring(0, 8);
        BigDecimal total = BigDecimal.valueOf(100_000L + r.nextInt(2_000_000));
        java.util.function.BiFunction<String, BigDecimal, ProjectSnapshot> snap = (status, granted) -> new ProjectSnapshot(
                id, title, null, status, "HORIZON_EUROPE", true, null, "FORVALTNING", unit, area, List.of(), start,
                start.plusYears(3), "EUR", total, total.multiply(new BigDecimal("0.65")), total.multiply(new BigDecimal("0.35")),
                BigDecimal.ZERO, new BigDecimal("0.6500"), granted, granted == null ? null : start.minusMonths(2), null,
                "Better services for residents", partners, indicators, List.of(), false, 1);
        out.send(ProjectEvents.REGISTERED, id, new ProjectRegistered(id, snap.apply("PLANNED", null)), t);
        out.send(ProjectEvents.UPDATED, id, new ProjectUpdated(id, snap.apply("PLANNED", null)), t.plusSeconds(1));
        out.send(ProjectEvents.STATUS_CHANGED, id, new ProjectStatusChanged(id, "PLANNED", "APPLICATION_SUBMITTED", null,
                snap.apply("APPLICATION_SUBMITTED", null)), t.plusSeconds(2));
        BigDecimal granted = total.multiply(new BigDecimal("0.6"));
        out.send(ProjectEvents.GRANTED, id, new ProjectGranted(id, granted, "EUR", start.minusMonths(2),
                snap.apply("GRANTED", granted)), t.plusSeconds(3));
        out.send(ProjectEvents.STATUS_CHANGED, id, new ProjectStatusChanged(id, "GRANTED", "ONGOING", null,
                snap.apply("ONGOING", granted)), t.plusSeconds(4));
        out.send(ProjectEvents.INDICATOR_REPORTED, id, new IndicatorReported(id, "JOBS", new BigDecimal("12"),
                start.plusMonths(6), snap.apply("ONGOING", granted)), t.plusSeconds(5));
    }

    static void monitoring(Emitter out, Instant t) {
        UUID item = UUID.randomUUID();
        String celex = "3" + item.toString().substring(0, 8);
        java.util.function.Function<String, LegislationItemSnapshot> snap = stage -> new LegislationItemSnapshot(item, celex,
                null, null, "Förordning " + celex, "Regulation " + celex, "REGULATION", stage, LocalDate.of(2025, 2, 1),
                null, null, List.of(), null, null, List.of("ai"), "https://eur-lex.europa.eu/", null);
        out.send(MonitoringEvents.ITEM_TRACKED, item, new ItemTracked(snap.apply("PROPOSED"), "MANUAL"), t);
        out.send(MonitoringEvents.ITEM_STAGE_CHANGED, item, new ItemStageChanged(snap.apply("ADOPTED"), "PROPOSED",
                "ADOPTED", "bench", null), t.plusSeconds(1));
        UUID assessment = UUID.randomUUID();
        String unit = pick(UNITS);
        AssessmentSnapshot a = new AssessmentSnapshot(assessment, item, celex, unit, "MEDIUM", "LEGAL",
                "Procurement rules change", "Update guidance", unit, LocalDate.of(2026, 3, 1), "OPEN", List.of(), List.of());
        out.send(MonitoringEvents.ITEM_ASSESSED, assessment, new ItemAssessed(a, "bench"), t.plusSeconds(2));
        UUID consultation = UUID.randomUUID();
        java.util.function.Function<String, ConsultationSnapshot> c = status -> new ConsultationSnapshot(consultation,
                "Consultation " + celex, "Ares(2025)1", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30), List.of("ai"),
                status, unit, item);
        out.send(MonitoringEvents.CONSULTATION_OPENED, consultation, new ConsultationChanged(c.apply("PLANNED"), "bench"), t.plusSeconds(3));
        out.send(MonitoringEvents.CONSULTATION_ANSWERED, consultation, new ConsultationChanged(c.apply("SUBMITTED"), "bench"), t.plusSeconds(4));
    }

    static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    /** Reporting's live listeners start at the end, as in a running system that is caught up (the group must be idle). */
    static void moveGroupToEnd(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var d : admin.describeTopics(Topics.DOMAIN_TOPICS).allTopicNames().get().values()) {
                d.partitions().forEach(pi -> latest.put(new TopicPartition(d.name(), pi.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, OffsetAndMetadata> end = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> end.put(tp, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(GROUP, end).all().get();
        }
    }

    // ---------------------------------------------------------------- operator token

    static String operatorToken(String idp) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(idp + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        String form = "username=olle&password=olle-demo" + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
        http.send(HttpRequest.newBuilder(URI.create(idp + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://127.0.0.1:8080/login/oauth2/code/platform";
        HttpResponse<Void> authorize = http.send(HttpRequest.newBuilder(URI.create(idp + "/oauth2/authorize?response_type=code"
                + "&client_id=gateway&scope=openid&state=bench&redirect_uri=" + enc(redirect) + "&code_challenge=" + challenge
                + "&code_challenge_method=S256")).build(), HttpResponse.BodyHandlers.discarding());
        String location = authorize.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("no redirect from /oauth2/authorize: " + authorize.statusCode()));
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (!code.find()) {
            throw new IllegalStateException("no code in " + location);
        }
        String body = "grant_type=authorization_code&code=" + code.group(1) + "&redirect_uri=" + enc(redirect)
                + "&code_verifier=" + verifier;
        String token = http.send(HttpRequest.newBuilder(URI.create(idp + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("gateway:gateway-demo-secret".getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher access = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token);
        if (!access.find()) {
            throw new IllegalStateException("no access token: " + token);
        }
        return access.group(1);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- rebuild

    static void rebuild(String reporting, String token, int maxSeconds) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(reporting + "/api/reports/admin/rebuild");
        long t0 = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("POST rebuild answered " + started.statusCode() + ": " + started.body());
        }
        String body = started.body();
        while (field(body, "status").equals("RUNNING")) {
            if ((System.nanoTime() - t0) / 1e9 > maxSeconds) {
                throw new IllegalStateException("rebuild still running after " + maxSeconds + " s: " + body);
            }
            Thread.sleep(100);
            body = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s %.2f %s %s%n", field(body, "status"), seconds, field(body, "recordsRead"), field(body, "generation"));
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    // ---------------------------------------------------------------- baseline

    static void keep(String url, int gen) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String table : TABLES) { // autocommit: VACUUM cannot run in a transaction
                s.executeUpdate("delete from " + table + " where gen <> " + gen);
                s.execute("vacuum analyze " + table);
            }
        }
    }

    /**
     * The rows generation {@code gen} ended up with, read into memory (not timed), then inserted again by
     * plain JDBC batches (1,000 rows a batch, one transaction a table) into a scratch generation of the
     * same tables; the scratch rows are deleted afterwards.
     */
    static void baseline(String url, int gen) throws Exception {
        int scratch = gen + 1_000_000;
        try (Connection c = DriverManager.getConnection(url)) {
            Map<String, List<Object[]>> rows = new HashMap<>();
            Map<String, List<String>> columns = new HashMap<>();
            long total = 0;
            for (String table : TABLES) {
                try (PreparedStatement s = c.prepareStatement("select * from " + table + " where gen = ?")) {
                    s.setInt(1, gen);
                    try (ResultSet rs = s.executeQuery()) {
                        ResultSetMetaData md = rs.getMetaData();
                        List<String> names = new ArrayList<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            names.add(md.getColumnName(i));
                        }
                        List<Object[]> list = new ArrayList<>();
                        while (rs.next()) {
                            Object[] row = new Object[names.size()];
                            for (int i = 0; i < row.length; i++) {
                                row[i] = names.get(i).equals("gen") ? scratch : rs.getObject(i + 1);
                            }
                            list.add(row);
                        }
                        columns.put(table, names);
                        rows.put(table, list);
                        total += list.size();
                    }
                }
            }
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            for (String table : TABLES) {
                List<String> names = columns.get(table);
                String sql = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                        + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    int n = 0;
                    for (Object[] row : rows.get(table)) {
                        for (int i = 0; i < row.length; i++) {
                            s.setObject(i + 1, row[i]);
                        }
                        s.addBatch();
                        if (++n % 1000 == 0) {
                            s.executeBatch();
                        }
                    }
                    s.executeBatch();
                }
                c.commit();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long cpuMs = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            try (Statement s = c.createStatement()) {
                for (String table : TABLES) {
                    s.executeUpdate("delete from " + table + " where gen = " + scratch);
                }
            }
            c.commit();
            System.out.printf("%.2f %d %d%n", seconds, total, cpuMs);
        }
    }
}
