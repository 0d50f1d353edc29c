package se.goteborg.international.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "done when" journeys of the domain issues, on the whole platform and through the gateway only:
 * all five apps run from their exec jars as separate JVMs (the launcher's own process code) on the
 * tests' real PostgreSQL and Kafka. The journeys share the started platform and build on each other
 * in order: partnerships (issue 3), projects (issue 4), legislation (issue 5), then reporting (issue 6)
 * over what the first three planted. Every value asserted was planted by this run, under names unique
 * to it, so other data on the platform cannot change the outcome; asynchronous effects (Kafka between
 * the services) are polled for with a deadline, never waited for with a fixed sleep.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformScenarioTest {

    /** How long an effect that travels through Kafka may take to show. */
    private static final Duration EVENTUALLY = Duration.ofSeconds(10);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static WholePlatform platform;

    /** On any failing journey: the apps' log tails, printed and attached to the failure. */
    @RegisterExtension
    static final TestExecutionExceptionHandler APP_LOGS_ON_FAILURE = PlatformScenarioTest::attachAppLogs;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();

    /** Makes this run's names unique (letters and digits only, so they are valid unit names in every filter). */
    private final String run = "R" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
    private final LocalDate today = LocalDate.now();
    private final int year = today.getYear();

    // journey 1
    private final String twinUnit = "Scenario twin unit " + run;
    private final String twinCityName = "Scenario Bergen " + run;
    private String twinCityId;
    // journey 2
    private final String unitA = "Scenario lead unit A " + run;
    private final String unitB = "Scenario lead unit B " + run;
    private final String titleA = "Scenario Harbour Twin Project " + run;
    private final String titleB = "Scenario Competing Application " + run;
    private final BigDecimal grantedA = new BigDecimal("550000.00");
    private final BigDecimal appliedA = new BigDecimal("600000.00");
    private String projectA;
    private String projectB;
    // journey 3
    private final String monitoringUnit = "Scenario monitoring unit " + run;
    private String itemId;
    private String compliantAssessmentId;

    @BeforeAll
    void startTheWholePlatform() {
        platform = WholePlatform.start("scenario-logs");
    }

    @AfterAll
    void stopTheWholePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Issue 3: partnerships
    // ------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void aTwinCityNeedsACityCouncilDecisionGetsActivitiesIsFoundByFiltersAndReachesTheOverview() {
        JsonNode created = expect(201, post("/api/partnerships", obj(
                "kind", "TWIN_CITY", "cityName", twinCityName, "countryCode", "NO",
                "priorityAreas", List.of("OWN_OPERATIONS", "BUSINESS_DEVELOPMENT"),
                "mutualBenefit", "School development exchange that gives Gothenburg's teachers new methods",
                "responsibleUnit", twinUnit)));
        twinCityId = created.path("id").asString();
        assertThat(created.path("status").asString()).isEqualTo("PROPOSED");

        // a decision by the executive board (KS) is not enough for a twin city
        Reply ksOnly = post("/api/partnerships/" + twinCityId + "/activate", obj("decision",
                obj("body", "KS", "decidedOn", today.minusDays(20), "caseReference", "KS " + year + "/" + run)));
        assertRefused(ksOnly, 422, "twin-city-needs-kf-decision", "decision.body", "city council (KF)");
        // nor is no decision at all
        Reply none = post("/api/partnerships/" + twinCityId + "/activate", obj());
        assertRefused(none, 422, "twin-city-needs-kf-decision", "decision", "city council (KF)");
        assertThat(expect(200, get("/api/partnerships/" + twinCityId)).path("status").asString())
                .as("a refused activation leaves the twin city PROPOSED").isEqualTo("PROPOSED");

        JsonNode activated = expect(200, post("/api/partnerships/" + twinCityId + "/activate", obj("decision",
                obj("body", "KF", "decidedOn", today.minusDays(10), "caseReference", "KF " + year + "/" + run))));
        assertThat(activated.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(strings(activated.path("decisions"), "body")).containsExactly("KF");

        String activityTitle = "Scenario twin-city meeting " + run;
        JsonNode activity = expect(201, post("/api/partnerships/" + twinCityId + "/activities", obj(
                "type", "MEETING", "title", activityTitle, "startDate", today, "place", "Bergen",
                "units", List.of(twinUnit), "priorityAreas", List.of("OWN_OPERATIONS"))));
        assertThat(activity.path("partnershipId").asString()).isEqualTo(twinCityId);
        assertThat(strings(expect(200, get("/api/partnerships/" + twinCityId + "/activities")).path("items"), "title"))
                .contains(activityTitle);

        // kind + free text find it; the same text under the other kind does not
        assertThat(ids(expect(200, get("/api/partnerships?kind=TWIN_CITY&q=" + enc(run))).path("items")))
                .containsExactly(twinCityId);
        assertThat(ids(expect(200, get("/api/partnerships?kind=PARTNER_CITY&q=" + enc(run))).path("items")))
                .doesNotContain(twinCityId);

        // reporting (through Kafka) counts it as an active twin city of its unit, with its activity
        eventually("reporting's overview to count the twin city of " + twinUnit + " as ACTIVE",
                () -> expect(200, get("/api/reports/overview?kind=TWIN_CITY&unit=" + enc(twinUnit))),
                o -> o.path("partnerships").path("total").asLong() == 1
                        && o.path("partnerships").path("byStatus").path("ACTIVE").asLong() == 1
                        && o.path("partnerships").path("byStatus").path("PROPOSED").asLong() == 0);
        eventually("reporting's activity report to show the twin city's meeting",
                () -> expect(200, get("/api/reports/activity?unit=" + enc(twinUnit))),
                a -> rowsWhere(a.path("perPartnership"), "partnershipId", twinCityId).stream()
                        .anyMatch(r -> r.path("activities").asLong() == 1 && today.toString().equals(r.path("lastActivity").asString())));
    }

    // ------------------------------------------------------------------------------------------------
    // Issue 4: projects
    // ------------------------------------------------------------------------------------------------

    @Test
    @Order(2)
    void aProjectMovesThroughItsLifecycleCompetesForItsCallExportsAndShowsOnItsPartnership() {
        assumeTrue(twinCityId != null, "needs the twin city of journey 1");
        String call = "SCENARIO-" + run + "-NS-1";

        projectA = expect(201, post("/api/projects", project(titleA, "FORVALTNING", unitA, call,
                "Green logistics know-how for Gothenburg's port companies", List.of(obj(
                        "name", "Bergen kommune", "countryCode", "NO", "city", "Bergen", "role", "PARTNER",
                        "partnershipId", twinCityId))))).path("id").asString();
        JsonNode submitted = expect(200, post("/api/projects/" + projectA + "/submit", null));
        assertThat(submitted.path("status").asString()).isEqualTo("APPLICATION_SUBMITTED");
        assertThat(submitted.path("competingApplications").isEmpty()).isTrue();

        // another unit applies to the same call: both applications are flagged, each naming the other
        JsonNode b = expect(201, post("/api/projects", project(titleB, "BOLAG", unitB, call.toLowerCase(),
                "New contacts for the city's companies", List.of())));
        projectB = b.path("id").asString();
        assertThat(b.path("callIdentifier").asString()).isEqualTo(call);
        assertThat(ids(b.path("competingApplications"), "projectId")).containsExactly(projectA);
        JsonNode aNow = expect(200, get("/api/projects/" + projectA));
        assertThat(ids(aNow.path("competingApplications"), "projectId")).containsExactly(projectB);
        assertThat(strings(aNow.path("competingApplications"), "leadUnitName")).containsExactly(unitB);

        JsonNode granted = expect(200, post("/api/projects/" + projectA + "/grant",
                obj("decisionDate", today, "grantedAmount", grantedA)));
        assertThat(granted.path("status").asString()).isEqualTo("GRANTED");
        assertThat(granted.path("grantedAmount").decimalValue()).isEqualByComparingTo(grantedA);
        assertThat(granted.path("grantDecisionDate").asString()).isEqualTo(today.toString());
        expect(201, post("/api/projects/" + projectA + "/indicators", obj("code", "RCO87", "baseline", 0, "target", 12)));
        assertThat(expect(200, post("/api/projects/" + projectA + "/start", null)).path("status").asString())
                .isEqualTo("ONGOING");
        expect(201, post("/api/projects/" + projectA + "/indicators/RCO87/reports",
                obj("reportedOn", today, "value", 5, "note", "Five organisations signed " + run)));
        JsonNode indicators = expect(200, get("/api/projects/" + projectA + "/indicators"));
        JsonNode rco87 = rowsWhere(indicators.path("indicators"), "code", "RCO87").get(0);
        assertThat(rco87.path("latestActual").decimalValue()).isEqualByComparingTo("5");
        assertThat(rco87.path("target").decimalValue()).isEqualByComparingTo("12");
        assertThat(strings(indicators.path("reports"), "note")).containsExactly("Five organisations signed " + run);

        // the filtered list, and its exports
        assertThat(ids(expect(200, get("/api/projects?status=ONGOING&unit=" + enc(unitA))).path("items")))
                .containsExactly(projectA);
        Reply csv = get("/api/projects/export.csv?unit=" + enc(unitA));
        assertThat(csv.status()).as("CSV export: %s", csv.text()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).startsWith("id,title,").contains(projectA, titleA, call, "ONGOING")
                .doesNotContain(titleB);
        Reply xlsx = get("/api/projects/export.xlsx?unit=" + enc(unitA));
        assertThat(xlsx.status()).as("XLSX export: %s", xlsx.text()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith(XLSX);
        assertThat(xlsx.bytes()).as("an XLSX workbook is a ZIP file").startsWith('P', 'K');

        // partnership-service learns of the project from project-service's events
        JsonNode partnership = eventually("the twin city to show project A as ONGOING among its linked projects",
                () -> expect(200, get("/api/partnerships/" + twinCityId)),
                p -> rowsWhere(p.path("linkedProjects"), "projectId", projectA).stream()
                        .anyMatch(l -> "ONGOING".equals(l.path("status").asString())));
        JsonNode link = rowsWhere(partnership.path("linkedProjects"), "projectId", projectA).get(0);
        assertThat(link.path("title").asString()).isEqualTo(titleA);
        assertThat(strings(link.path("partnerNames"))).containsExactly("Bergen kommune");
        assertThat(ids(partnership.path("linkedProjects"), "projectId")).doesNotContain(projectB);
    }

    // ------------------------------------------------------------------------------------------------
    // Issue 5: legislation
    // ------------------------------------------------------------------------------------------------

    @Test
    @Order(3)
    void aWatchedActIsValidatedAssessedAndItsStageChangeAlertsTheSubscribingUnit() {
        // a made-up but valid regulation number of last year, unique to this run
        String celex = "3" + (year - 1) + "R" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        JsonNode item = expect(201, post("/api/legislation", obj("celex", celex,
                "titleEn", "Scenario regulation " + run, "subjectAreas", List.of("scenario " + run))));
        itemId = item.path("id").asString();
        assertThat(item.path("celex").asString()).isEqualTo(celex);
        assertThat(item.path("type").asString()).isEqualTo("REGULATION");
        assertThat(item.path("stage").asString()).isEqualTo("PUBLISHED");

        Reply invalid = post("/api/legislation", obj("celex", "3202R1689", "titleEn", "Not a CELEX number " + run));
        assertRefused(invalid, 422, "invalid-celex", "celex", "CELEX");
        assertThat(expect(409, post("/api/legislation", obj("celex", celex))).path("code").asString())
                .as("the same act is watched once").isEqualTo("already-watched");

        JsonNode assessment = expect(201, post("/api/legislation/" + itemId + "/assessments", obj(
                "unit", monitoringUnit, "relevance", "HIGH", "influence", "LEGAL",
                "expectedImpact", "The city's systems must be inventoried", "actions", "Inventory and guidance",
                "dueDate", today.plusDays(120))));
        compliantAssessmentId = assessment.path("id").asString();
        assertThat(assessment.path("status").asString()).isEqualTo("OPEN");
        assertThat(ids(expect(200, get("/api/legislation/" + itemId + "/assessments"))))
                .containsExactly(compliantAssessmentId);

        expect(201, post("/api/subscriptions", obj("unit", monitoringUnit, "kind", "ITEM", "value", itemId)));
        String otherUnit = "Scenario other unit " + run;
        expect(201, post("/api/subscriptions", obj("unit", otherUnit, "kind", "KEYWORD", "value", "unrelated" + run)));
        assertThat(expect(200, post("/api/legislation/" + itemId + "/stage",
                obj("stage", "IN_FORCE", "reason", "Entered into force " + run))).path("stage").asString())
                .isEqualTo("IN_FORCE");

        JsonNode alerts = eventually("a STAGE_CHANGED alert for " + monitoringUnit,
                () -> expect(200, get("/api/alerts?unit=" + enc(monitoringUnit))),
                a -> rowsWhere(a.path("items"), "itemId", itemId).stream()
                        .anyMatch(x -> "STAGE_CHANGED".equals(x.path("reason").asString())));
        assertThat(rowsWhere(alerts.path("items"), "itemId", itemId).get(0).path("message").asString()).isNotBlank();
        assertThat(ids(expect(200, get("/api/alerts?unit=" + enc(otherUnit))).path("items"), "itemId"))
                .as("a unit subscribed to something else is not alerted about this item").doesNotContain(itemId);
    }

    // ------------------------------------------------------------------------------------------------
    // Issue 6: reporting over everything planted
    // ------------------------------------------------------------------------------------------------

    @Test
    @Order(4)
    void theGuidelineCheckListsEachPlantedBreachAndNoCompliantItemAndTheReportsDownload() {
        assumeTrue(twinCityId != null && projectA != null && itemId != null, "needs journeys 1-3");
        Map<String, Set<String>> planted = new LinkedHashMap<>(); // rule -> item ids
        Map<String, Set<String>> compliant = new LinkedHashMap<>();

        // a twin city left PROPOSED without a KF decision is no breach yet (only an active one would be)
        String proposedTwin = expect(201, post("/api/partnerships", obj("kind", "TWIN_CITY",
                "cityName", "Scenario Proposed " + run, "countryCode", "DK"))).path("id").asString();
        // a partner city with no granted or ongoing project, whose renewal is due in 30 days
        String partnerUnit = "Scenario partner unit " + run;
        String partnerCity = expect(201, post("/api/partnerships", obj("kind", "PARTNER_CITY",
                "cityName", "Scenario Turku " + run, "countryCode", "FI", "priorityAreas", List.of("BUSINESS_DEVELOPMENT"),
                "mutualBenefit", "Maritime business contacts", "responsibleUnit", partnerUnit,
                "agreement", obj("start", today.minusYears(1), "end", today.plusYears(2), "renewalDue", today.plusDays(30)))))
                .path("id").asString();
        expect(200, post("/api/partnerships/" + partnerCity + "/activate", obj("decision",
                obj("body", "KS", "decidedOn", today.minusDays(5), "caseReference", "KS " + year + "/P" + run))));
        planted.put("PARTNER_CITY_WITHOUT_ONGOING_PROJECT", Set.of(partnerCity));
        planted.put("RENEWAL_DUE", Set.of(partnerCity));

        // a partner city with an ongoing project, renewal far off: compliant
        String busyPartnerCity = expect(201, post("/api/partnerships", obj("kind", "PARTNER_CITY",
                "cityName", "Scenario Gdansk " + run, "countryCode", "PL", "priorityAreas", List.of("OWN_OPERATIONS"),
                "mutualBenefit", "Exchange on port development", "responsibleUnit", partnerUnit,
                "agreement", obj("start", today.minusYears(1), "end", today.plusYears(3), "renewalDue", today.plusYears(2)))))
                .path("id").asString();
        expect(200, post("/api/partnerships/" + busyPartnerCity + "/activate", obj("decision",
                obj("body", "KF", "decidedOn", today.minusDays(5), "caseReference", "KF " + year + "/G" + run))));
        String ongoing = expect(201, post("/api/projects", project("Scenario Port Exchange " + run, "FORVALTNING",
                "Scenario unit F " + run, null, "Port know-how", List.of(obj("name", "Gdansk city", "countryCode", "PL",
                        "role", "COORDINATOR", "partnershipId", busyPartnerCity))))).path("id").asString();
        expect(200, post("/api/projects/" + ongoing + "/submit", null));
        expect(200, post("/api/projects/" + ongoing + "/grant", obj("decisionDate", today, "grantedAmount", 1000)));
        expect(200, post("/api/projects/" + ongoing + "/start", null));

        // two units applying to one call
        String call = "SCENARIO-" + run + "-LIFE-2";
        String c = expect(201, post("/api/projects", project("Scenario Rivalry C " + run, "NAMND",
                "Scenario unit C " + run, call, "Cleaner water", List.of()))).path("id").asString();
        String d = expect(201, post("/api/projects", project("Scenario Rivalry D " + run, "BOLAG",
                "Scenario unit D " + run, call, "Cleaner air", List.of()))).path("id").asString();
        planted.put("COMPETING_APPLICATIONS", Set.of(c, d));

        // a project cannot be granted without a stated benefit: project-service refuses it
        String noBenefit = expect(201, post("/api/projects", project("Scenario No Benefit " + run, "FORVALTNING",
                "Scenario unit E " + run, null, null, List.of()))).path("id").asString();
        expect(200, post("/api/projects/" + noBenefit + "/submit", null));
        assertRefused(post("/api/projects/" + noBenefit + "/grant", obj("decisionDate", today, "grantedAmount", 1000)),
                422, "benefit-required", "benefitForGothenburg", "benefit");

        // assessments: highly relevant without actions; actions overdue
        String highWithoutActions = expect(201, post("/api/legislation/" + itemId + "/assessments", obj(
                "unit", "Scenario unit H " + run, "relevance", "HIGH", "influence", "POLITICAL",
                "expectedImpact", "Changes procurement"))).path("id").asString();
        String overdue = expect(201, post("/api/legislation/" + itemId + "/assessments", obj(
                "unit", "Scenario unit O " + run, "relevance", "MEDIUM", "influence", "LEGAL",
                "expectedImpact", "Some", "actions", "Update the routines", "dueDate", today.minusDays(3))))
                .path("id").asString();
        planted.put("HIGH_RELEVANCE_WITHOUT_ASSESSMENT", Set.of(highWithoutActions));
        planted.put("OVERDUE_ASSESSMENT_ACTION", Set.of(overdue));

        compliant.put("any rule", Set.of(twinCityId, projectA, compliantAssessmentId, busyPartnerCity, ongoing));
        compliant.put("TWIN_CITY_WITHOUT_KF_DECISION", Set.of(proposedTwin));
        compliant.put("PROJECT_WITHOUT_BENEFIT", Set.of(noBenefit));

        JsonNode check = eventually("the guideline check to list every planted breach " + planted
                        + " and none of the compliant items " + compliant,
                () -> expect(200, get("/api/reports/guideline-check")),
                r -> missing(r, planted).isEmpty() && wronglyListed(r, compliant).isEmpty());
        assertThat(missing(check, planted)).as("planted breaches not listed").isEmpty();
        assertThat(wronglyListed(check, compliant)).as("compliant items listed as breaches").isEmpty();
        for (JsonNode breach : check.path("breaches")) {
            if (breach.path("itemId").asString().equals(partnerCity)) {
                assertThat(breach.path("responsibleUnit").asString()).isEqualTo(partnerUnit);
            }
        }
        assertThat(check.path("byRule").path("COMPETING_APPLICATIONS").asLong()).isGreaterThanOrEqualTo(2);

        // funding: project A's grant and application, in SEK, in this year, for its unit
        JsonNode funding = eventually("reporting's funding to show project A's grant of " + grantedA + " SEK",
                () -> expect(200, get("/api/reports/funding?year=" + year + "&unit=" + enc(unitA))),
                f -> f.path("totals").size() == 1
                        && f.path("totals").get(0).path("grantedSek").decimalValue().compareTo(grantedA) == 0);
        JsonNode total = funding.path("totals").get(0);
        assertThat(total.path("year").asInt()).isEqualTo(year);
        assertThat(total.path("projectsGranted").asLong()).isEqualTo(1);
        assertThat(total.path("projectsApplied").asLong()).isEqualTo(1);
        assertThat(total.path("appliedSek").decimalValue()).isEqualByComparingTo(appliedA);
        assertThat(strings(funding.path("rows"), "programme")).containsOnly("INTERREG_NORTH_SEA");

        // the annual report of this year, both formats
        Reply pdf = get("/api/reports/annual/" + year + ".pdf");
        assertThat(pdf.status()).as("annual PDF: %s", pdf.text()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.bytes()).startsWith('%', 'P', 'D', 'F').hasSizeGreaterThan(1000);
        Reply workbook = get("/api/reports/annual/" + year + ".xlsx");
        assertThat(workbook.status()).as("annual XLSX: %s", workbook.text()).isEqualTo(200);
        assertThat(workbook.contentType()).startsWith(XLSX);
        assertThat(workbook.bytes()).startsWith('P', 'K').hasSizeGreaterThan(1000);
    }

    @Test
    @Order(5)
    void anApplicationWhoseOnlyCompetitorWasGrantedIsNoLongerListedAsCompeting() {
        assumeTrue(projectA != null && projectB != null, "needs journey 2");
        assertThat(expect(200, get("/api/projects/" + projectB)).path("competingApplications").isEmpty())
                .as("project-service: B has no competitor once A is granted").isTrue();
        eventually("the guideline check to stop listing project B as a competing application",
                () -> expect(200, get("/api/reports/guideline-check")),
                r -> !listed(r).contains("COMPETING_APPLICATIONS " + projectB));
    }

    // ------------------------------------------------------------------------------------------------
    // The guideline check's breaches
    // ------------------------------------------------------------------------------------------------

    /** "rule itemId" of each planted breach the report does not list. */
    private static List<String> missing(JsonNode report, Map<String, Set<String>> planted) {
        Set<String> listed = listed(report);
        List<String> out = new ArrayList<>();
        planted.forEach((rule, ids) -> ids.stream().filter(id -> !listed.contains(rule + " " + id))
                .forEach(id -> out.add(rule + " " + id)));
        return out;
    }

    /** "rule itemId" of each listed breach on a compliant item (rule "any rule" matches every rule). */
    private static List<String> wronglyListed(JsonNode report, Map<String, Set<String>> compliant) {
        List<String> out = new ArrayList<>();
        for (JsonNode b : report.path("breaches")) {
            String rule = b.path("rule").asString();
            String id = b.path("itemId").asString();
            if (compliant.getOrDefault(rule, Set.of()).contains(id) || compliant.getOrDefault("any rule", Set.of()).contains(id)) {
                out.add(rule + " " + id + " (" + b.path("itemName").asString() + ")");
            }
        }
        return out;
    }

    private static Set<String> listed(JsonNode report) {
        Set<String> out = new java.util.HashSet<>();
        report.path("breaches").forEach(b -> out.add(b.path("rule").asString() + " " + b.path("itemId").asString()));
        return out;
    }

    // ------------------------------------------------------------------------------------------------
    // Requests
    // ------------------------------------------------------------------------------------------------

    private Map<String, Object> project(String title, String unitType, String unitName, String call, String benefit,
                                        List<Map<String, Object>> partners) {
        return obj("title", title, "leadUnit", obj("type", unitType, "name", unitName),
                "primaryPriorityArea", "BUSINESS_DEVELOPMENT", "programme", "INTERREG_NORTH_SEA",
                "callIdentifier", call, "startDate", LocalDate.of(year, 1, 1), "endDate", today.plusYears(2),
                "budget", obj("currency", "SEK", "total", new BigDecimal("1000000.00"), "externalGrant", appliedA,
                        "ownContribution", new BigDecimal("400000.00"), "ownStaffTime", new BigDecimal("100000.00")),
                "partners", partners, "benefitForGothenburg", benefit);
    }

    /** A JSON object from name/value pairs, in order; null values are left out. */
    private static Map<String, Object> obj(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            if (v != null) {
                m.put((String) pairs[i], v instanceof LocalDate date ? date.toString() : v);
            }
        }
        return m;
    }

    private record Reply(String method, String path, int status, String contentType, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String t = text();
            return method + " " + path + " → " + status + " " + contentType + " "
                    + (t.length() > 600 ? t.substring(0, 600) + "…" : t);
        }
    }

    private static String bearer;

    /** A department system's token from the real identity provider: it may read and write every API. */
    private String bearer() {
        if (bearer == null) {
            try {
                bearer = "Bearer " + DemoClients.token(http, platform.identityProviderUrl(), DemoClients.DEPARTMENT_SYSTEM,
                        "platform.read platform.write");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return bearer;
    }

    private Reply get(String path) {
        return send("GET", path, null);
    }

    private Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    private Reply send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", bearer());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(method, path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + path, e);
        }
    }

    /** Asserts the status and returns the JSON body. */
    private JsonNode expect(int status, Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        return json.readTree(reply.bytes());
    }

    /** A refusal as problem+json: status, code, and the field and words it names. */
    private void assertRefused(Reply reply, int status, String code, String field, String words) {
        JsonNode problem = expect(status, reply);
        assertThat(reply.contentType()).as("%s", reply).startsWith(PROBLEM_JSON);
        assertThat(problem.path("code").asString()).as("%s", reply).isEqualTo(code);
        assertThat(problem.path("detail").asString()).as("%s", reply).contains(words);
        assertThat(strings(problem.path("errors"), "field")).as("%s", reply).containsExactly(field);
        assertThat(strings(problem.path("errors"), "message")).as("%s", reply).allMatch(m -> m.contains(words));
    }

    private <T> T eventually(String what, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(EVENTUALLY);
        while (true) {
            T last = probe.get();
            if (done.test(last)) {
                return last;
            }
            if (Instant.now().isAfter(deadline)) {
                return fail("Expected " + what + " within " + EVENTUALLY.toSeconds() + " s; last seen: " + last);
            }
            try {
                Thread.sleep(200); // the polling interval, not a wait for the effect
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // JSON
    // ------------------------------------------------------------------------------------------------

    private static List<String> strings(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asString()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> ids(JsonNode array) {
        return ids(array, "id");
    }

    private static List<String> ids(JsonNode array, String field) {
        return strings(array, field);
    }

    private static List<JsonNode> rowsWhere(JsonNode array, String field, String value) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(n -> {
            if (value.equals(n.path(field).asString())) {
                out.add(n);
            }
        });
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void attachAppLogs(ExtensionContext context, Throwable failure) throws Throwable {
        if (platform != null) {
            String tails = platform.logTails(60);
            System.out.println("Journey '" + context.getDisplayName() + "' failed; the apps' logs:" + tails);
            failure.addSuppressed(new AppLogs(tails));
        }
        throw failure;
    }

    /** The apps' log tails, attached to a failure. */
    private static final class AppLogs extends RuntimeException {
        AppLogs(String tails) {
            super("Logs of the apps:" + tails, null, false, false);
        }
    }
}
