package se.goteborg.international.monitoring.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import se.goteborg.international.monitoring.assessment.AssessmentRequest;
import se.goteborg.international.monitoring.assessment.AssessmentService;
import se.goteborg.international.monitoring.assessment.Influence;
import se.goteborg.international.monitoring.assessment.Relevance;
import se.goteborg.international.monitoring.alert.SubscriptionKind;
import se.goteborg.international.monitoring.alert.SubscriptionRequest;
import se.goteborg.international.monitoring.alert.SubscriptionService;
import se.goteborg.international.monitoring.consultation.ConsultationRequest;
import se.goteborg.international.monitoring.consultation.ConsultationService;
import se.goteborg.international.monitoring.legislation.ItemRequest;
import se.goteborg.international.monitoring.legislation.KeyDatesRequest;
import se.goteborg.international.monitoring.legislation.LegislationService;
import se.goteborg.international.monitoring.legislation.Stage;
import se.goteborg.international.monitoring.legislation.WatchedItem;

/**
 * DEMO DATA, for the local run only (profile {@code demo}). Real EU acts with their real CELEX
 * numbers and procedures; dates as published where known. The assessments, due dates, subscriptions
 * and the consultation are INVENTED EXAMPLES, marked "(demo)". Loaded through the use cases, so
 * events are published and reporting sees the demo data too; skipped if the AI Act is already there.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String BY = "demo-data";

    private final LegislationService legislation;
    private final AssessmentService assessments;
    private final ConsultationService consultations;
    private final SubscriptionService subscriptions;

    DemoData(LegislationService legislation, AssessmentService assessments, ConsultationService consultations,
             SubscriptionService subscriptions) {
        this.legislation = legislation;
        this.assessments = assessments;
        this.consultations = consultations;
        this.subscriptions = subscriptions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (legislation.findByCelex("32024R1689").isPresent()) {
            return;
        }
        log.info("Loading DEMO monitoring data (profile 'demo'): real acts, invented assessments");
        subscriptions.subscribe(new SubscriptionRequest("Stadsledningskontoret", SubscriptionKind.SUBJECT_AREA, "digitalisation"));
        subscriptions.subscribe(new SubscriptionRequest("Göteborg Energi AB", SubscriptionKind.SUBJECT_AREA, "cybersecurity"));
        subscriptions.subscribe(new SubscriptionRequest("Business Region Göteborg AB", SubscriptionKind.KEYWORD, "sustainability reporting"));

        WatchedItem aiProposal = item("52021PC0206", "2021/0106(COD)", null,
                "Förslag till förordning om harmoniserade regler för artificiell intelligens",
                "Proposal for a Regulation laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)",
                Stage.ADOPTED, new KeyDatesRequest(LocalDate.parse("2021-04-21"), null, null, null, null, null),
                List.of("artificial intelligence", "digitalisation"), null);
        WatchedItem aiAct = item("32024R1689", "2021/0106(COD)", "http://data.europa.eu/eli/reg/2024/1689/oj",
                "Förordning (EU) 2024/1689 om harmoniserade regler för artificiell intelligens (AI-förordningen)",
                "Regulation (EU) 2024/1689 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)",
                Stage.IN_FORCE, new KeyDatesRequest(null, LocalDate.parse("2024-06-13"), LocalDate.parse("2024-07-12"),
                        List.of(LocalDate.parse("2024-08-01")), LocalDate.parse("2026-08-02"), null),
                List.of("artificial intelligence", "digitalisation"), aiProposal);
        WatchedItem nis2 = item("32022L2555", "2020/0359(COD)", "http://data.europa.eu/eli/dir/2022/2555/oj",
                "Direktiv (EU) 2022/2555 om åtgärder för en hög gemensam cybersäkerhetsnivå i hela unionen (NIS 2-direktivet)",
                "Directive (EU) 2022/2555 on measures for a high common level of cybersecurity across the Union (NIS 2 Directive)",
                Stage.IN_FORCE, new KeyDatesRequest(null, LocalDate.parse("2022-12-14"), LocalDate.parse("2022-12-27"),
                        List.of(LocalDate.parse("2023-01-16")), null, LocalDate.parse("2024-10-17")),
                List.of("cybersecurity", "digitalisation"), null);
        WatchedItem csrd = item("32022L2464", "2021/0104(COD)", "http://data.europa.eu/eli/dir/2022/2464/oj",
                "Direktiv (EU) 2022/2464 om företags hållbarhetsrapportering",
                "Directive (EU) 2022/2464 as regards corporate sustainability reporting (CSRD)",
                Stage.IN_FORCE, new KeyDatesRequest(null, LocalDate.parse("2022-12-14"), LocalDate.parse("2022-12-16"),
                        List.of(LocalDate.parse("2023-01-05")), null, LocalDate.parse("2024-07-06")),
                List.of("sustainability", "corporate reporting"), null);
        WatchedItem cpr = item("32021R1060", "2018/0196(COD)", "http://data.europa.eu/eli/reg/2021/1060/oj",
                "Förordning (EU) 2021/1060 om gemensamma bestämmelser för fonderna 2021–2027",
                "Regulation (EU) 2021/1060 laying down common provisions on the funds 2021–2027 (Common Provisions Regulation)",
                Stage.IN_FORCE, new KeyDatesRequest(null, LocalDate.parse("2021-06-24"), LocalDate.parse("2021-06-30"),
                        List.of(LocalDate.parse("2021-07-01")), LocalDate.parse("2021-01-01"), null),
                List.of("cohesion policy", "eu funding"), null);
        item("32021R1058", "2018/0197(COD)", "http://data.europa.eu/eli/reg/2021/1058/oj",
                "Förordning (EU) 2021/1058 om Europeiska regionala utvecklingsfonden och Sammanhållningsfonden",
                "Regulation (EU) 2021/1058 on the European Regional Development Fund and on the Cohesion Fund",
                Stage.IN_FORCE, new KeyDatesRequest(null, LocalDate.parse("2021-06-24"), LocalDate.parse("2021-06-30"),
                        List.of(LocalDate.parse("2021-07-01")), LocalDate.parse("2021-01-01"), null),
                List.of("cohesion policy", "eu funding"), null);

        assess(aiAct, "Stadsledningskontoret", Relevance.HIGH, "(demo) AI in the city's welfare and school services may"
                + " be high-risk and need conformity work", "(demo) Inventory of AI systems; guidance to administrations",
                LocalDate.now().plusDays(10));
        assess(nis2, "Göteborg Energi AB", Relevance.HIGH, "(demo) Energy supply is an essential entity under NIS2",
                "(demo) Update incident reporting and risk management routines", LocalDate.now().plusDays(60));
        assess(csrd, "Business Region Göteborg AB", Relevance.MEDIUM, "(demo) City-owned companies above the thresholds"
                + " must report on sustainability", "(demo) Check which companies are in scope", LocalDate.now().minusDays(5));
        assess(cpr, "Stadsledningskontoret", Relevance.HIGH, "(demo) Rules for every ERDF/ESF+ project the city runs",
                "(demo) Brief project owners on the 2021–2027 rules", null);

        consultations.open(new ConsultationRequest("(demo) Example consultation on urban mobility – invented for the demo",
                "DEMO-Ares(2026)0000001", LocalDate.now().minusDays(20), LocalDate.now().plusDays(12),
                List.of("mobility", "climate"), null, "Stadsmiljöförvaltningen", null), BY);
    }

    private WatchedItem item(String celex, String procedure, String eli, String titleSv, String titleEn, Stage stage,
                             KeyDatesRequest dates, List<String> subjects, WatchedItem proposal) {
        return legislation.track(new ItemRequest(celex, procedure, eli, titleSv, titleEn, null, stage, dates, subjects,
                "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:" + celex,
                proposal == null ? null : proposal.id()), LegislationService.Origin.DEMO, BY);
    }

    private void assess(WatchedItem item, String unit, Relevance relevance, String impact, String actions, LocalDate due) {
        assessments.assess(item.id(), new AssessmentRequest(unit, relevance, Influence.LEGAL, impact, actions, unit, due,
                null, null, null), BY);
    }
}
