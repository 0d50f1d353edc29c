package se.goteborg.international.reporting.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.contract.monitoring.ConsultationChanged;
import se.goteborg.international.events.contract.monitoring.ItemAssessed;
import se.goteborg.international.events.contract.monitoring.ItemStageChanged;
import se.goteborg.international.events.contract.monitoring.ItemTracked;
import se.goteborg.international.events.contract.monitoring.MonitoringEvents;
import se.goteborg.international.events.contract.project.IndicatorReported;
import se.goteborg.international.events.contract.project.ProjectEvents;
import se.goteborg.international.events.contract.project.ProjectGranted;
import se.goteborg.international.events.contract.project.ProjectRegistered;
import se.goteborg.international.events.contract.project.ProjectSnapshot;
import se.goteborg.international.events.envelope.EventCodec;
import se.goteborg.international.reporting.ReportingFixtures;
import se.goteborg.international.reporting.ReportingFixtures.Snapshot;
import se.goteborg.international.reporting.Snapshots;
import se.goteborg.international.testsupport.PlatformIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON reports over events planted for one unit, so the figures are exact. */
@PlatformIntegrationTest
@SuppressWarnings("unchecked")
class ReportsApiTest {

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
        unit = Snapshots.uniqueUnit("Kulturförvaltningen");
    }

    @Test
    void euFundingIsInSekAtTheStatedRateWithTheOwnContributionBeside() {
        Snapshots.Project eur = project("HORIZON_EUROPE", "EUR");
        eur.start = LocalDate.of(2024, 1, 15);
        eur.grantDate = LocalDate.of(2024, 6, 1);
        eur.granted = new BigDecimal("600000.00");
        eur.external = new BigDecimal("650000.00");
        eur.own = new BigDecimal("350000.00");
        Snapshots.Project sek = project("INTERREG_OKS", "SEK");
        sek.start = LocalDate.of(2024, 3, 1);
        sek.grantDate = LocalDate.of(2024, 9, 1);
        sek.granted = new BigDecimal("2000000.00");
        sek.external = new BigDecimal("2500000.00");
        sek.own = new BigDecimal("500000.00");
        Snapshots.Project notEu = project("SIDA_ICLD", "SEK");
        notEu.euFunded = false;
        for (Snapshots.Project p : List.of(eur, sek, notEu)) {
            fixtures.publish(ProjectEvents.GRANTED, p.id,
                    new ProjectGranted(p.id, p.granted, p.currency, p.grantDate, p.build()));
        }
        fixtures.awaitApplied(before, 3);

        Map<String, Object> report = fixtures.get("/api/reports/funding?year=2024&unit=" + unit);

        List<Map<String, Object>> rows = (List<Map<String, Object>>) report.get("rows");
        assertThat(rows).hasSize(2);
        Map<String, Object> horizon = rows.stream().filter(r -> r.get("programme").equals("HORIZON_EUROPE")).findFirst().orElseThrow();
        assertThat(decimal(horizon.get("grantedSek"))).isEqualByComparingTo("6858000.00"); // 600 000 EUR × 11.43
        assertThat(decimal(horizon.get("appliedSek"))).isEqualByComparingTo("7429500.00");
        assertThat(decimal(horizon.get("ownContributionSek"))).isEqualByComparingTo("4000500.00");
        Map<String, Object> total = ((List<Map<String, Object>>) report.get("totals")).get(0);
        assertThat(decimal(total.get("grantedSek"))).isEqualByComparingTo("8858000.00");
        assertThat(total.get("projectsGranted")).isEqualTo(2);
        assertThat((List<Map<String, Object>>) report.get("ratesUsed")).singleElement()
                .satisfies(r -> {
                    assertThat(r).containsEntry("currency", "EUR").containsEntry("year", 2024);
                    assertThat(decimal(r.get("sek"))).isEqualByComparingTo("11.43");
                });
        assertThat(report.get("asOf")).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void projectsByUnitAndAreaCountEveryProjectOnceInEachAreaItServesWhateverItsStatusOrFunding() {
        Snapshots.Project granted = project("HORIZON_EUROPE", "EUR");
        granted.otherAreas = List.of("BUSINESS_DEVELOPMENT", "OWN_OPERATIONS"); // its main area again: still once
        Snapshots.Project idea = project("SIDA_ICLD", "SEK");
        idea.status = "IDEA";
        idea.euFunded = false;
        Snapshots.Project monitoring = project("ERDF", "EUR");
        monitoring.area = "EXTERNAL_MONITORING";
        monitoring.status = "WITHDRAWN";
        for (Snapshots.Project p : List.of(granted, idea, monitoring)) {
            fixtures.publish(ProjectEvents.REGISTERED, p.id, new ProjectRegistered(p.id, p.build()));
        }
        fixtures.awaitApplied(before, 3);

        List<Map<String, Object>> rows = (List<Map<String, Object>>) fixtures.get("/api/reports/overview?unit=" + unit)
                .get("projectsByUnitAndArea");

        assertThat(rows).containsExactly(
                Map.of("unit", unit, "priorityArea", "BUSINESS_DEVELOPMENT", "projects", 1),
                Map.of("unit", unit, "priorityArea", "EXTERNAL_MONITORING", "projects", 1),
                Map.of("unit", unit, "priorityArea", "OWN_OPERATIONS", "projects", 2));
        assertThat((List<Map<String, Object>>) fixtures.get("/api/reports/overview?unit=" + unit
                + "&priorityArea=BUSINESS_DEVELOPMENT").get("projectsByUnitAndArea"))
                .containsExactly(Map.of("unit", unit, "priorityArea", "BUSINESS_DEVELOPMENT", "projects", 1));
    }

    @Test
    void indicatorResultsAgainstTargets() {
        Snapshots.Project a = project("ERDF", "EUR");
        a.indicators.add(new ProjectSnapshot.Indicator("RCO87", "Organisations cooperating", "organisations",
                BigDecimal.ZERO, new BigDecimal("10"), new BigDecimal("4"), LocalDate.now()));
        Snapshots.Project b = project("ERDF", "EUR");
        b.indicators.add(new ProjectSnapshot.Indicator("RCO87", "Organisations cooperating", "organisations",
                BigDecimal.ZERO, new BigDecimal("30"), null, null));
        fixtures.publish(ProjectEvents.REGISTERED, a.id, new ProjectRegistered(a.id, a.build()));
        fixtures.publish(ProjectEvents.REGISTERED, b.id, new ProjectRegistered(b.id, b.build()));
        // a later report raises project b's actual
        b.indicators.set(0, new ProjectSnapshot.Indicator("RCO87", "Organisations cooperating", "organisations",
                BigDecimal.ZERO, new BigDecimal("30"), new BigDecimal("16"), LocalDate.now()));
        fixtures.publish(ProjectEvents.INDICATOR_REPORTED, b.id,
                new IndicatorReported(b.id, "RCO87", new BigDecimal("16"), LocalDate.now(), b.build()));
        fixtures.awaitApplied(before, 3);

        Map<String, Object> report = fixtures.get("/api/reports/indicators?unit=" + unit);

        assertThat((List<Map<String, Object>>) report.get("indicators")).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("code", "RCO87").containsEntry("projects", 2);
            assertThat(decimal(i.get("target"))).isEqualByComparingTo("40");
            assertThat(decimal(i.get("actual"))).isEqualByComparingTo("20");
            assertThat(decimal(i.get("percentOfTarget"))).isEqualByComparingTo("50.0");
        });
    }

    @Test
    void legislationPipelineAssessmentsAndConsultations() {
        Snapshots.Item item = new Snapshots.Item();
        fixtures.publish(MonitoringEvents.ITEM_TRACKED, item.id, new ItemTracked(item.build(), "MANUAL"));
        item.stage = "ADOPTED";
        fixtures.publish(MonitoringEvents.ITEM_STAGE_CHANGED, item.id,
                new ItemStageChanged(item.build(), "PROPOSED", "ADOPTED", "feed", null));
        Snapshots.Assessment high = new Snapshots.Assessment(item.id);
        high.unit = unit;
        high.relevance = "HIGH";
        high.due = LocalDate.now().minusDays(1);
        Snapshots.Assessment low = new Snapshots.Assessment(item.id);
        low.unit = unit;
        low.relevance = "LOW";
        for (Snapshots.Assessment a : List.of(high, low)) {
            fixtures.publish(MonitoringEvents.ITEM_ASSESSED, a.id, new ItemAssessed(a.build(), "test"));
        }
        Snapshots.Consultation answered = new Snapshots.Consultation();
        answered.unit = unit;
        fixtures.publish(MonitoringEvents.CONSULTATION_ANSWERED, answered.id,
                new ConsultationChanged(answered.build(), "test"));
        fixtures.awaitApplied(before, 5);

        Map<String, Object> report = fixtures.get("/api/reports/legislation?unit=" + unit);

        Map<String, Object> pipeline = (Map<String, Object>) report.get("pipeline");
        assertThat((Map<String, Object>) pipeline.get("by")).containsEntry("ADOPTED", 1).containsEntry("PROPOSED", 0);
        assertThat((Map<String, Object>) report.get("assessmentsPerUnit"))
                .containsEntry(unit, Map.of("HIGH", 1, "MEDIUM", 0, "LOW", 1, "NONE", 0));
        assertThat((List<Map<String, Object>>) report.get("overdueActions")).extracting(a -> a.get("assessmentId"))
                .containsExactly(high.id.toString());
        assertThat((Map<String, Object>) report.get("consultationsAnswered")).hasSize(1);

        Map<String, Object> otherArea = fixtures.get("/api/reports/legislation?unit=" + unit + "&priorityArea=OWN_OPERATIONS");
        assertThat((Map<String, Object>) otherArea.get("assessmentsPerUnit")).isEmpty();
    }

    @Test
    void theOverviewCountsProjectsAndFiltersByUnitAndYear() {
        Snapshots.Project running = project("LIFE", "EUR");
        running.start = LocalDate.of(2023, 1, 1);
        running.end = LocalDate.of(2024, 12, 31);
        fixtures.publish(ProjectEvents.REGISTERED, running.id, new ProjectRegistered(running.id, running.build()));
        fixtures.awaitApplied(before, 1);

        Map<String, Object> in2024 = fixtures.get("/api/reports/overview?year=2024&unit=" + unit);
        Map<String, Object> in2025 = fixtures.get("/api/reports/overview?year=2025&unit=" + unit);

        assertThat(((Map<String, Object>) in2024.get("projects")).get("total")).isEqualTo(1);
        assertThat(((Map<String, Object>) in2025.get("projects")).get("total")).isEqualTo(0);
    }

    @Test
    void everyReportRefusesBadFilters() {
        for (String report : List.of("overview", "funding", "indicators", "legislation", "activity", "guideline-check")) {
            http.get().uri("/api/reports/" + report + "?year=99999").exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        }
    }

    private Snapshots.Project project(String programme, String currency) {
        Snapshots.Project p = new Snapshots.Project();
        p.unit = unit;
        p.programme = programme;
        p.currency = currency;
        p.id = UUID.randomUUID();
        return p;
    }

    private static BigDecimal decimal(Object o) {
        return new BigDecimal(o.toString());
    }
}
