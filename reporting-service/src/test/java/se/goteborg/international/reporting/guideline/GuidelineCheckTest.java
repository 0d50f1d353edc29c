package se.goteborg.international.reporting.guideline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.contract.monitoring.ItemAssessed;
import se.goteborg.international.events.contract.monitoring.ItemTracked;
import se.goteborg.international.events.contract.monitoring.MonitoringEvents;
import se.goteborg.international.events.contract.partnership.DecisionData;
import se.goteborg.international.events.contract.partnership.MembershipActivated;
import se.goteborg.international.events.contract.partnership.PartnershipActivated;
import se.goteborg.international.events.contract.partnership.PartnershipActivityRecorded;
import se.goteborg.international.events.contract.partnership.PartnershipEvents;
import se.goteborg.international.events.contract.project.MilestoneOverdue;
import se.goteborg.international.events.contract.project.ProjectEvents;
import se.goteborg.international.events.contract.project.ProjectRegistered;
import se.goteborg.international.events.contract.project.ProjectSnapshot;
import se.goteborg.international.events.envelope.EventCodec;
import se.goteborg.international.reporting.ReportingFixtures;
import se.goteborg.international.reporting.ReportingFixtures.Snapshot;
import se.goteborg.international.reporting.Snapshots;
import se.goteborg.international.testsupport.PlatformIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule: a breach planted through events is listed; the same item satisfying the rule is not. */
@PlatformIntegrationTest
class GuidelineCheckTest {

    private static final DecisionData KF = new DecisionData("KF", LocalDate.of(2019, 5, 2), "KF 2019/12");
    private static final DecisionData KS = new DecisionData("KS", LocalDate.of(2019, 5, 2), "KS 2019/12");

    @Autowired
    RestTestClient http;
    @Autowired
    EventCodec codec;
    @Autowired
    KafkaTemplate<String, String> kafka;

    ReportingFixtures fixtures;
    Snapshot before;
    String unit;

    @BeforeEach
    void setUp() {
        fixtures = new ReportingFixtures(codec, kafka, http);
        before = fixtures.overview();
        unit = Snapshots.uniqueUnit("Förvaltning");
    }

    @Test
    void aTwinCityWithoutAKfDecision() {
        Snapshots.Partnership breach = partnership("TWIN_CITY");
        breach.decisions = List.of(KS);
        Snapshots.Partnership fine = partnership("TWIN_CITY");
        fine.decisions = List.of(KF);
        activate(breach, fine);

        assertListedOnly("TWIN_CITY_WITHOUT_KF_DECISION", 2, breach.id, fine.id);
    }

    @Test
    void aPartnerCityPastItsEndDate() {
        Snapshots.Partnership breach = partnership("PARTNER_CITY");
        breach.agreementEnd = LocalDate.now().minusDays(3);
        Snapshots.Partnership fine = partnership("PARTNER_CITY");
        fine.agreementEnd = LocalDate.now().plusYears(1);
        activate(breach, fine);

        Map<String, Object> listed = assertListedOnly("PARTNER_CITY_PAST_END_DATE", 2, breach.id, fine.id);
        assertThat(listed).containsEntry("since", LocalDate.now().minusDays(2).toString())
                .containsEntry("responsibleUnit", unit);
    }

    @Test
    void aPartnerCityWithNoOngoingProject() {
        Snapshots.Partnership breach = partnership("PARTNER_CITY");
        Snapshots.Partnership fine = partnership("PARTNER_CITY");
        activate(breach, fine);
        Snapshots.Project project = project();
        project.partners.add(new ProjectSnapshot.Partner("Port authority", "CN", "Shanghai", "PARTNER", fine.id));
        fixtures.publish(ProjectEvents.REGISTERED, project.id, new ProjectRegistered(project.id, project.build()));

        assertListedOnly("PARTNER_CITY_WITHOUT_ONGOING_PROJECT", 3, breach.id, fine.id);
    }

    @Test
    void anActivePartnershipWithoutAStatedBenefit() {
        Snapshots.Partnership breach = partnership("TWIN_CITY");
        breach.benefit = " ";
        Snapshots.Partnership fine = partnership("TWIN_CITY");
        activate(breach, fine);

        assertListedOnly("PARTNERSHIP_WITHOUT_BENEFIT", 2, breach.id, fine.id);
    }

    @Test
    void anActiveMembershipWithoutAPurpose() {
        Snapshots.Membership breach = membership();
        breach.purpose = null;
        Snapshots.Membership fine = membership();
        for (Snapshots.Membership m : List.of(breach, fine)) {
            fixtures.publish(PartnershipEvents.MEMBERSHIP_ACTIVATED, m.id,
                    new MembershipActivated(m.id, KS, m.build(), "test"));
        }

        assertListedOnly("MEMBERSHIP_WITHOUT_PURPOSE", 2, breach.id, fine.id);
    }

    @Test
    void aRunningProjectWithoutAStatedBenefit() {
        Snapshots.Project breach = project();
        breach.benefit = null;
        Snapshots.Project fine = project();
        register(breach, fine);

        assertListedOnly("PROJECT_WITHOUT_BENEFIT", 2, breach.id, fine.id);
    }

    @Test
    void competingApplicationsToOneCall() {
        String call = "HORIZON-CL5-2025-" + UUID.randomUUID().toString().substring(0, 6);
        Snapshots.Project first = project();
        first.status = "IDEA";
        first.call = call;
        Snapshots.Project second = project();
        second.status = "APPLICATION_SUBMITTED";
        second.call = call;
        second.unit = Snapshots.uniqueUnit("Bolag");
        Snapshots.Project alone = project();
        alone.status = "IDEA";
        alone.call = call + "-OTHER";
        register(first, second, alone);

        awaitApplied(3);
        List<Map<String, Object>> listed = breaches("COMPETING_APPLICATIONS", null);
        assertThat(listed).extracting(b -> b.get("itemId")).contains(first.id.toString(), second.id.toString())
                .doesNotContain(alone.id.toString());
    }

    @Test
    void aHighlyRelevantItemWithoutAnAssessment() {
        Snapshots.Item item = new Snapshots.Item();
        fixtures.publish(MonitoringEvents.ITEM_TRACKED, item.id, new ItemTracked(item.build(), "MANUAL"));
        Snapshots.Assessment breach = assessment(item.id);
        breach.relevance = "HIGH";
        breach.impact = null;
        Snapshots.Assessment fine = assessment(item.id);
        fine.relevance = "HIGH";
        assess(breach, fine);

        Map<String, Object> listed = assertListedOnly("HIGH_RELEVANCE_WITHOUT_ASSESSMENT", 3, breach.id, fine.id);
        assertThat(listed).containsEntry("itemName", item.celex);
    }

    @Test
    void overdueAssessmentActions() {
        Snapshots.Assessment breach = assessment(UUID.randomUUID());
        breach.due = LocalDate.now().minusDays(10);
        Snapshots.Assessment fine = assessment(UUID.randomUUID());
        fine.due = LocalDate.now().minusDays(10);
        fine.status = "DONE";
        assess(breach, fine);

        Map<String, Object> listed = assertListedOnly("OVERDUE_ASSESSMENT_ACTION", 2, breach.id, fine.id);
        assertThat(listed).containsEntry("since", LocalDate.now().minusDays(9).toString());
    }

    @Test
    void overdueMilestonesOfRunningProjects() {
        Snapshots.Project running = project();
        Snapshots.Project completed = project();
        completed.status = "COMPLETED";
        UUID late = UUID.randomUUID();
        UUID lateButOver = UUID.randomUUID();
        LocalDate due = LocalDate.now().minusDays(5);
        fixtures.publish(ProjectEvents.MILESTONE_OVERDUE, running.id,
                new MilestoneOverdue(running.id, late, "Interim report", "REPORTING_DEADLINE", due, 5, running.build()));
        fixtures.publish(ProjectEvents.MILESTONE_OVERDUE, completed.id,
                new MilestoneOverdue(completed.id, lateButOver, "Final report", "REPORTING_DEADLINE", due, 5,
                        completed.build()));

        assertListedOnly("OVERDUE_MILESTONE", 2, late, lateButOver);
    }

    @Test
    void renewalsDue() {
        Snapshots.Partnership breach = partnership("PARTNER_CITY");
        breach.renewalDue = LocalDate.now().plusDays(30);
        Snapshots.Partnership fine = partnership("PARTNER_CITY");
        fine.renewalDue = LocalDate.now().plusYears(1);
        activate(breach, fine);

        assertListedOnly("RENEWAL_DUE", 2, breach.id, fine.id);
    }

    @Test
    void membershipReviewsDue() {
        Snapshots.Membership breach = membership();
        breach.reviewDate = LocalDate.now().plusDays(10);
        Snapshots.Membership fine = membership();
        for (Snapshots.Membership m : List.of(breach, fine)) {
            fixtures.publish(PartnershipEvents.MEMBERSHIP_ACTIVATED, m.id,
                    new MembershipActivated(m.id, KS, m.build(), "test"));
        }

        assertListedOnly("MEMBERSHIP_REVIEW_DUE", 2, breach.id, fine.id);
    }

    @Test
    void partnershipsWithNoActivityForTwelveMonths() {
        Instant longAgo = Instant.now().minus(800, ChronoUnit.DAYS);
        Snapshots.Partnership quiet = partnership("TWIN_CITY");
        Snapshots.Partnership busy = partnership("TWIN_CITY");
        for (Snapshots.Partnership p : List.of(quiet, busy)) {
            fixtures.publish(PartnershipEvents.ACTIVATED, p.id, new PartnershipActivated(p.id, KF, p.build(), "test"),
                    longAgo);
        }
        activity(quiet, LocalDate.now().minusDays(750), longAgo.plus(50, ChronoUnit.DAYS));
        activity(busy, LocalDate.now().minusMonths(2), Instant.now());

        Map<String, Object> listed = assertListedOnly("NO_ACTIVITY_12_MONTHS", 4, quiet.id, busy.id);
        assertThat(listed).containsEntry("since", LocalDate.now().minusDays(750).plusMonths(12).toString());
        // the activity report agrees
        @SuppressWarnings("unchecked")
        Map<String, Object> activity = fixtures.get("/api/reports/activity?unit=" + unit);
        assertThat((List<Map<String, Object>>) activity.get("noActivityIn12Months"))
                .extracting(r -> r.get("partnershipId")).containsExactly(quiet.id.toString());
    }

    @Test
    void badFiltersAreRefusedWithProblemJson() {
        for (String query : List.of("year=1800", "year=abc", "priorityArea=SPACE", "unit=%3Cscript%3E")) {
            http.get().uri("/api/reports/guideline-check?" + query).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    // --- helpers

    private Map<String, Object> assertListedOnly(String rule, int events, UUID breach, UUID fine) {
        awaitApplied(events);
        List<Map<String, Object>> listed = breaches(rule, unit);
        assertThat(listed).extracting(b -> b.get("itemId")).as(rule)
                .contains(breach.toString()).doesNotContain(fine.toString());
        return listed.stream().filter(b -> b.get("itemId").equals(breach.toString())).findFirst().orElseThrow();
    }

    private void awaitApplied(int events) {
        fixtures.awaitApplied(before, events);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> breaches(String rule, String unitFilter) {
        Map<String, Object> report = fixtures.get("/api/reports/guideline-check"
                + (unitFilter == null ? "" : "?unit=" + unitFilter));
        return ((List<Map<String, Object>>) report.get("breaches")).stream()
                .filter(b -> rule.equals(b.get("rule"))).toList();
    }

    private Snapshots.Partnership partnership(String kind) {
        Snapshots.Partnership p = new Snapshots.Partnership();
        p.kind = kind;
        p.unit = unit;
        return p;
    }

    private Snapshots.Membership membership() {
        Snapshots.Membership m = new Snapshots.Membership();
        m.unit = unit;
        return m;
    }

    private Snapshots.Project project() {
        Snapshots.Project p = new Snapshots.Project();
        p.unit = unit;
        return p;
    }

    private Snapshots.Assessment assessment(UUID itemId) {
        Snapshots.Assessment a = new Snapshots.Assessment(itemId);
        a.unit = unit;
        return a;
    }

    private void activate(Snapshots.Partnership... partnerships) {
        for (Snapshots.Partnership p : partnerships) {
            fixtures.publish(PartnershipEvents.ACTIVATED, p.id, new PartnershipActivated(p.id, KF, p.build(), "test"));
        }
    }

    private void register(Snapshots.Project... projects) {
        for (Snapshots.Project p : projects) {
            fixtures.publish(ProjectEvents.REGISTERED, p.id, new ProjectRegistered(p.id, p.build()));
        }
    }

    private void assess(Snapshots.Assessment... assessments) {
        for (Snapshots.Assessment a : assessments) {
            fixtures.publish(MonitoringEvents.ITEM_ASSESSED, a.id, new ItemAssessed(a.build(), "test"));
        }
    }

    private void activity(Snapshots.Partnership p, LocalDate on, Instant time) {
        UUID activityId = UUID.randomUUID();
        fixtures.publish(PartnershipEvents.ACTIVITY_RECORDED, p.id, new PartnershipActivityRecorded(p.id, activityId,
                "MEETING", "Annual meeting", on, on, "Göteborg", null, null, List.of(), List.of(unit), null,
                List.of("OWN_OPERATIONS"), p.build(), "test"), time);
    }
}
