package se.goteborg.international.reporting.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.contract.monitoring.ConsultationChanged;
import se.goteborg.international.events.contract.monitoring.ConsultationSnapshot;
import se.goteborg.international.events.contract.monitoring.ItemAssessed;
import se.goteborg.international.events.contract.monitoring.ItemTracked;
import se.goteborg.international.events.contract.monitoring.MonitoringEvents;
import se.goteborg.international.events.contract.partnership.DecisionData;
import se.goteborg.international.events.contract.partnership.MembershipActivated;
import se.goteborg.international.events.contract.partnership.MembershipEnded;
import se.goteborg.international.events.contract.partnership.PartnershipActivated;
import se.goteborg.international.events.contract.partnership.PartnershipActivityRecorded;
import se.goteborg.international.events.contract.partnership.PartnershipEvents;
import se.goteborg.international.events.contract.partnership.PartnershipUpdated;
import se.goteborg.international.events.contract.project.ProjectEvents;
import se.goteborg.international.events.contract.project.ProjectGranted;
import se.goteborg.international.events.contract.project.ProjectStatusChanged;
import se.goteborg.international.events.envelope.EventCodec;
import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.reporting.ReportingFixtures;
import se.goteborg.international.reporting.ReportingFixtures.Snapshot;
import se.goteborg.international.reporting.Snapshots;
import se.goteborg.international.reporting.readmodel.Generations;
import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A rebuild from the topics gives exactly what the incremental listeners built, and then serves it. */
@PlatformIntegrationTest
class RebuildTest {

    private static final List<String> REPORTS = List.of("overview", "funding", "indicators", "legislation", "activity",
            "guideline-check");

    @Autowired
    RestTestClient http;
    @Autowired
    EventCodec codec;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRebuiltReadModelsEqualTheIncrementalOnes() {
        ReportingFixtures fixtures = new ReportingFixtures(codec, kafka, http);
        Snapshot before = fixtures.overview();
        Planted planted = plantAMixOfEvents(fixtures);
        Snapshots.Partnership late = planted.late();
        fixtures.awaitApplied(before, 20);
        Map<String, Object> incremental = reports(fixtures);
        int oldGen = activeGeneration();

        String operator = "Bearer " + TestTokens.operator(); // admin endpoints are the operator's
        Map<String, Object> started = http.post().uri("/api/reports/admin/rebuild")
                .header(HttpHeaders.AUTHORIZATION, operator).exchange()
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(started.get("status")).isIn("RUNNING", "SWITCHED");
        Map<?, ?> done = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get().uri("/api/reports/admin/rebuild").header(HttpHeaders.AUTHORIZATION, operator)
                                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody(),
                        p -> !"RUNNING".equals(p.get("status")));

        assertThat(done.get("status")).isEqualTo("SWITCHED");
        assertThat(((Number) done.get("recordsRead")).longValue()).isPositive()
                .isEqualTo(((Number) done.get("recordsTarget")).longValue());
        int newGen = activeGeneration();
        assertThat(newGen).isGreaterThan(oldGen);
        for (String table : Generations.TABLES) {
            assertThat(differences(table, oldGen, newGen)).as(table + ": rows only in the old generation").isZero();
            assertThat(differences(table, newGen, oldGen)).as(table + ": rows only in the new generation").isZero();
        }
        assertThat(rows("partnership_view", newGen)).isPositive();
        // the older event that arrived last still dates the partnership's first appearance
        assertThat(jdbc.sql("select first_seen = min_time from partnership_view, (select cast(:t as timestamptz) as min_time) m "
                        + "where gen = :gen and partnership_id = :id")
                .param("t", java.sql.Timestamp.from(late.agreementStart.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .param("gen", newGen).param("id", late.id).query(Boolean.class).single()).isTrue();
        // dates that add up over a row's events: the earliest, however the events arrived and were written
        assertThat(jdbc.sql("select submitted_on from project_view where gen = :gen and project_id = :id")
                .param("gen", newGen).param("id", planted.project()).query(LocalDate.class).single())
                .isEqualTo(planted.submittedOn());
        assertThat(jdbc.sql("select answered_on from consultation_view where gen = :gen and consultation_id = :id")
                .param("gen", newGen).param("id", planted.consultation()).query(LocalDate.class).single())
                .isEqualTo(planted.answeredOn());
        assertThat(reports(fixtures)).isEqualTo(incremental);
    }

    /** What the rebuild is checked on beyond the table comparison. */
    private record Planted(Snapshots.Partnership late, UUID project, LocalDate submittedOn, UUID consultation,
                           LocalDate answeredOn) {
    }

    /**
     * Returns the partnership whose oldest event arrives last (published with its agreement start as time),
     * a project and a consultation whose submission and answer dates are lowered by older events arriving last.
     */
    private Planted plantAMixOfEvents(ReportingFixtures fixtures) {
        String unit = Snapshots.uniqueUnit("Rebuild");
        Snapshots.Partnership p = new Snapshots.Partnership();
        p.unit = unit;
        DecisionData kf = new DecisionData("KF", LocalDate.of(2018, 1, 1), "KF 2018/1");
        EventEnvelope activated = fixtures.publish(PartnershipEvents.ACTIVATED, p.id,
                new PartnershipActivated(p.id, kf, p.build(), "test"));
        fixtures.publish(activated); // redelivered
        p.benefit = "Newer benefit";
        p.version = 2;
        Instant now = Instant.now();
        fixtures.publish(PartnershipEvents.UPDATED, p.id, new PartnershipUpdated(p.id, p.build(), "test"), now.plusSeconds(5));
        p.benefit = "Older benefit, arriving late";
        fixtures.publish(PartnershipEvents.UPDATED, p.id, new PartnershipUpdated(p.id, p.build(), "test"), now.minusSeconds(5));
        fixtures.publish(PartnershipEvents.ACTIVITY_RECORDED, p.id, new PartnershipActivityRecorded(p.id,
                java.util.UUID.randomUUID(), "VISIT", "Delegation", LocalDate.now(), null, "Bergen", null, null,
                List.of(), List.of(unit), null, List.of(), p.build(), "test"), now.plusSeconds(6));
        // malformed, both dead-lettered live and skipped by the rebuild: not JSON, and an activity without an id
        // (in a poll with well-formed events of the same partnership, which the rebuild still takes)
        fixtures.publishRaw(p.id.toString(), "{not json");
        p.benefit = "Benefit of a malformed event";
        fixtures.publish(PartnershipEvents.ACTIVITY_RECORDED, p.id, new PartnershipActivityRecorded(p.id, null, "VISIT",
                "No id", LocalDate.now(), null, "Bergen", null, null, List.of(), List.of(unit), null, List.of(), p.build(),
                "test"), now.plusSeconds(60));
        Snapshots.Partnership late = new Snapshots.Partnership();
        late.unit = unit;
        fixtures.publish(PartnershipEvents.UPDATED, late.id, new PartnershipUpdated(late.id, late.build(), "test"), now);
        fixtures.publish(PartnershipEvents.UPDATED, late.id, new PartnershipUpdated(late.id, late.build(), "test"),
                late.agreementStart.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        // in (time, id) order, so the rebuild writes each row in one upsert: status_since must still be when
        // the last status began (the first ACTIVE), first_seen the first event's time
        Snapshots.Partnership run = new Snapshots.Partnership();
        run.unit = unit;
        for (String status : List.of("PROPOSED", "ACTIVE", "ACTIVE")) {
            run.status = status;
            run.version++;
            fixtures.publish(PartnershipEvents.UPDATED, run.id, new PartnershipUpdated(run.id, run.build(), "test"),
                    now.plusSeconds(run.version));
        }
        Snapshots.Membership membership = new Snapshots.Membership();
        membership.unit = unit;
        fixtures.publish(PartnershipEvents.MEMBERSHIP_ACTIVATED, membership.id,
                new MembershipActivated(membership.id, kf, membership.build(), "test"), now.plusSeconds(1));
        membership.status = "ENDED";
        fixtures.publish(PartnershipEvents.MEMBERSHIP_ENDED, membership.id,
                new MembershipEnded(membership.id, LocalDate.now(), "Left", membership.build(), "test"), now.plusSeconds(2));
        Snapshots.Project project = new Snapshots.Project();
        project.unit = unit;
        fixtures.publish(ProjectEvents.GRANTED, project.id, new ProjectGranted(project.id, project.granted, "EUR",
                project.grantDate, project.build()));
        Snapshots.Item item = new Snapshots.Item();
        fixtures.publish(MonitoringEvents.ITEM_TRACKED, item.id, new ItemTracked(item.build(), "MANUAL"));
        Snapshots.Assessment a = new Snapshots.Assessment(item.id);
        a.unit = unit;
        fixtures.publish(MonitoringEvents.ITEM_ASSESSED, a.id, new ItemAssessed(a.build(), "test"));
        // a submission in order with the grant (the rebuild writes the row in one upsert), a producer's retry of
        // it, and an older submission arriving last, which still dates the application
        Snapshots.Project applied = new Snapshots.Project();
        applied.unit = unit;
        applied.status = "APPLICATION_SUBMITTED";
        EventEnvelope submitted = fixtures.publish(ProjectEvents.STATUS_CHANGED, applied.id, new ProjectStatusChanged(
                applied.id, "PLANNED", "APPLICATION_SUBMITTED", null, applied.build()), now.minus(Duration.ofDays(3)));
        applied.status = "GRANTED";
        applied.version++;
        fixtures.publish(ProjectEvents.GRANTED, applied.id, new ProjectGranted(applied.id, applied.granted, "EUR",
                applied.grantDate, applied.build()), now.minus(Duration.ofDays(2)));
        fixtures.publish(submitted);
        applied.status = "APPLICATION_SUBMITTED";
        Instant firstSubmission = now.minus(Duration.ofDays(10));
        fixtures.publish(ProjectEvents.STATUS_CHANGED, applied.id, new ProjectStatusChanged(applied.id, "PLANNED",
                "APPLICATION_SUBMITTED", null, applied.build()), firstSubmission);
        // the same for a consultation's answer
        UUID consultation = UUID.randomUUID();
        Function<String, ConsultationSnapshot> c = status -> new ConsultationSnapshot(consultation, "Consultation",
                "Ares(2025)1", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30), List.of("ai"), status, unit, item.id);
        fixtures.publish(MonitoringEvents.CONSULTATION_OPENED, consultation,
                new ConsultationChanged(c.apply("PLANNED"), "test"), now.minus(Duration.ofDays(3)));
        fixtures.publish(MonitoringEvents.CONSULTATION_ANSWERED, consultation,
                new ConsultationChanged(c.apply("SUBMITTED"), "test"), now.minus(Duration.ofDays(2)));
        Instant firstAnswer = now.minus(Duration.ofDays(9));
        fixtures.publish(MonitoringEvents.CONSULTATION_ANSWERED, consultation,
                new ConsultationChanged(c.apply("SUBMITTED"), "test"), firstAnswer);
        ZoneId city = ZoneId.of("Europe/Stockholm");
        return new Planted(late, applied.id, LocalDate.ofInstant(firstSubmission, city), consultation,
                LocalDate.ofInstant(firstAnswer, city));
    }

    /** Every report's JSON, minus the generation it came from. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> reports(ReportingFixtures fixtures) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String report : REPORTS) {
            Map<String, Object> body = fixtures.get("/api/reports/" + report);
            ((Map<String, Object>) body.get("asOf")).remove("generation");
            all.put(report, body);
        }
        return all;
    }

    private long differences(String table, int a, int b) {
        return jdbc.sql("""
                select count(*) from (select to_jsonb(t) - 'gen' from %1$s t where gen = :a
                                      except select to_jsonb(t) - 'gen' from %1$s t where gen = :b) d""".formatted(table))
                .param("a", a).param("b", b).query(Long.class).single();
    }

    private long rows(String table, int gen) {
        return jdbc.sql("select count(*) from " + table + " where gen = :gen").param("gen", gen).query(Long.class).single();
    }

    private int activeGeneration() {
        return jdbc.sql("select active from report_generation").query(Integer.class).single();
    }
}
