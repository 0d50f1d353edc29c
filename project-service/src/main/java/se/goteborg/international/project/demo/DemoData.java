package se.goteborg.international.project.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.goteborg.international.project.exchangerate.ExchangeRates;
import se.goteborg.international.project.milestone.Milestone.MilestoneKind;
import se.goteborg.international.project.milestone.MilestoneService;
import se.goteborg.international.project.project.Budget;
import se.goteborg.international.project.project.CurrencyCode;
import se.goteborg.international.project.project.Indicator;
import se.goteborg.international.project.project.LeadUnit;
import se.goteborg.international.project.project.Partner;
import se.goteborg.international.project.project.PartnerRole;
import se.goteborg.international.project.project.PriorityArea;
import se.goteborg.international.project.project.Project;
import se.goteborg.international.project.project.ProjectDetails;
import se.goteborg.international.project.project.ProjectService;
import se.goteborg.international.project.project.ProjectStatus;
import se.goteborg.international.project.project.UnitType;

/**
 * DEMO DATA (profile {@code demo} only): a dozen invented projects, registered through the use cases
 * so their events reach reporting and partnership-service. Titles, call identifiers, amounts and
 * exchange rates are EXAMPLES, not real records. Runs only on an empty project table.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Example partnership ids; partnership-service's demo data should use the same ones to link them. */
    static final Map<String, UUID> PARTNERSHIPS = Map.of(
            "Bergen", UUID.fromString("00000000-0000-4000-8000-0000000000b1"),
            "Turku", UUID.fromString("00000000-0000-4000-8000-0000000000b2"),
            "Aarhus", UUID.fromString("00000000-0000-4000-8000-0000000000b3"),
            "Nelson Mandela Bay", UUID.fromString("00000000-0000-4000-8000-0000000000b4"),
            "Shanghai", UUID.fromString("00000000-0000-4000-8000-0000000000b5"));

    private final ProjectService projects;
    private final MilestoneService milestones;
    private final ExchangeRates rates;
    private final JdbcClient jdbc;

    DemoData(ProjectService projects, MilestoneService milestones, ExchangeRates rates, JdbcClient jdbc) {
        this.projects = projects;
        this.milestones = milestones;
        this.rates = rates;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from project").query(Long.class).single() > 0) {
            return;
        }
        load();
    }

    /** Registers the demo projects (package-private so a test can run it in the shared context). */
    void load() {
        rates.load("month,eurToSek\n2024-01,11.3000\n2024-06,11.3500\n2025-01,11.4900\n2025-03,11.0000\n2025-06,10.9500\n",
                "EXAMPLE rates for the demo – not official Commission rates");
        LeadUnit slk = new LeadUnit(UnitType.FORVALTNING, "Stadsledningskontoret");
        LeadUnit brg = new LeadUnit(UnitType.BOLAG, "Business Region Göteborg AB");
        LeadUnit kultur = new LeadUnit(UnitType.NAMND, "Kulturnämnden");
        LeadUnit miljo = new LeadUnit(UnitType.NAMND, "Miljö- och klimatnämnden");
        LeadUnit hamn = new LeadUnit(UnitType.BOLAG, "Göteborgs Hamn AB");
        LeadUnit energi = new LeadUnit(UnitType.BOLAG, "Göteborg Energi AB");
        LeadUnit grund = new LeadUnit(UnitType.NAMND, "Grundskolenämnden");
        LeadUnit arbete = new LeadUnit(UnitType.NAMND, "Arbetsmarknadsnämnden");

        Project a = demo("[DEMO] Green Port Corridor", "GREENPORT", hamn, PriorityArea.BUSINESS_DEVELOPMENT, "INTERREG_OKS",
                "EXAMPLE-OKS-2024-01", 2024, 3, "2400000", "1560000", "840000", "500000",
                List.of(partner("Aarhus Kommune", "DK", "Aarhus", PartnerRole.PARTNER), partner("Port of Oslo", "NO", "Oslo", null)));
        ongoing(a, "2024-02-15", "1500000");
        indicator(a, "RCO87", "8", "2024-12-31", "5");
        Project b = demo("[DEMO] Nordic Culture Bridges", "NCB", kultur, PriorityArea.OWN_OPERATIONS, "CREATIVE_EUROPE",
                "EXAMPLE-CREA-CULT-2025", 2025, 2, "400000", "240000", "160000", "120000",
                List.of(partner("Bergen kommune", "NO", "Bergen", PartnerRole.COORDINATOR), partner("Turun kaupunki", "FI", "Turku", PartnerRole.PARTNER)));
        ongoing(b, "2025-01-20", "240000");
        Project c = demo("[DEMO] Climate-Neutral Schools", "CNS", grund, PriorityArea.OWN_OPERATIONS, "ERASMUS_PLUS",
                "EXAMPLE-KA220-SCH-2025", 2025, 2, "250000", "250000", "0", "0", List.of(partner("Turun kaupunki", "FI", "Turku", PartnerRole.PARTNER)));
        ongoing(c, "2025-03-10", "250000");
        indicator(c, "GBG_STAFF_TRAINED", "60", "2025-06-30", "18");
        Project d = demo("[DEMO] Investor Gateway West Sweden", "IGWS", brg, PriorityArea.BUSINESS_DEVELOPMENT, "ERDF",
                "EXAMPLE-ERDF-VS-2024", 2024, 3, "3000000", "1200000", "1800000", "900000", List.of());
        ongoing(d, "2024-01-10", "1200000");
        indicator(d, "GBG_INVESTOR_MEETINGS", "120", "2025-06-30", "47");
        Project e = demo("[DEMO] Township Water Partnership", "TWP", new LeadUnit(UnitType.NAMND, "Kretslopp och vattennämnden"),
                PriorityArea.OWN_OPERATIONS, "SIDA_ICLD", null, 2024, 2, "1800000", "1500000", "300000", "300000",
                List.of(partner("Nelson Mandela Bay Municipality", "ZA", "Nelson Mandela Bay", PartnerRole.PARTNER)));
        e = useSek(e);
        ongoing(e, "2024-01-05", "1500000");
        Project f = demo("[DEMO] Urban Heat Resilience", "UHR", miljo, PriorityArea.EXTERNAL_MONITORING, "LIFE",
                "EXAMPLE-LIFE-2025-CCA", 2025, 4, "1800000", "1080000", "720000", "400000", List.of());
        submit(f);
        Project g = demo("[DEMO] Smart Energy Districts", "SED", energi, PriorityArea.BUSINESS_DEVELOPMENT, "HORIZON_EUROPE",
                "EXAMPLE-HORIZON-CL5-2025-D4", 2026, 3, "5000000", "3500000", "1500000", "800000",
                List.of(partner("Aarhus Kommune", "DK", "Aarhus", PartnerRole.ASSOCIATED)));
        submit(g);
        // the same call as g from another unit: shown as a competing application
        demo("[DEMO] Energy Communities Göteborg", "ECG", slk, PriorityArea.OWN_OPERATIONS, "HORIZON_EUROPE",
                "EXAMPLE-HORIZON-CL5-2025-D4", 2026, 3, "2000000", "1400000", "600000", "600000", List.of());
        demo("[DEMO] Youth Jobs Nordic Exchange", "YJNE", arbete, PriorityArea.OWN_OPERATIONS, "ESF_PLUS",
                "EXAMPLE-ESF-2026", 2026, 2, "900000", "540000", "360000", "360000", List.of());
        Project j = demo("[DEMO] Cities for Digital Rights", "C4DR", slk, PriorityArea.EXTERNAL_MONITORING, "CERV",
                "EXAMPLE-CERV-2024", 2023, 2, "300000", "270000", "30000", "30000", List.of());
        submit(j);
        projects.reject(j.id(), null, "EXAMPLE: below the funding threshold");
        Project k = demo("[DEMO] Shanghai Logistics Dialogue", "SLD", brg, PriorityArea.BUSINESS_DEVELOPMENT, "URBACT",
                "EXAMPLE-URBACT-IV", 2023, 2, "600000", "420000", "180000", "180000",
                List.of(partner("Shanghai Municipal Commission of Commerce", "CN", "Shanghai", PartnerRole.ASSOCIATED)));
        ongoing(k, "2023-02-01", "420000");
        projects.moveTo(k.id(), null, ProjectStatus.COMPLETED, null);
        demo("[DEMO] Digital Twin City", "DTC", slk, PriorityArea.OWN_OPERATIONS, "DIGITAL_EUROPE",
                null, 2026, 3, "1200000", "600000", "600000", "400000", List.of());
        milestones.add(a.id(), null, "[DEMO] Periodic report 3", MilestoneKind.REPORTING_DEADLINE, LocalDate.now().plusDays(10));
        milestones.add(d.id(), null, "[DEMO] Investor conference", MilestoneKind.MILESTONE, LocalDate.now().minusDays(3));
        log.info("DEMO DATA: registered example projects (profile 'demo'; all titles marked [DEMO])");
    }

    private Partner partner(String name, String country, String city, PartnerRole role) {
        return new Partner(name, country, city, role == null ? PartnerRole.PARTNER : role, PARTNERSHIPS.get(city));
    }

    private Project demo(String title, String acronym, LeadUnit unit, PriorityArea area, String programme, String call,
                         int startYear, int years, String total, String grant, String own, String staff,
                         List<Partner> partners) {
        return projects.register(new ProjectDetails(title, acronym, "EXAMPLE project for the demo.", unit, area,
                List.of(), programme, call, LocalDate.of(startYear, 1, 1), LocalDate.of(startYear + years - 1, 12, 31),
                new Budget(CurrencyCode.EUR, new BigDecimal(total), new BigDecimal(grant), new BigDecimal(own),
                        new BigDecimal(staff)), partners, "EXAMPLE benefit: " + area.name().toLowerCase().replace('_', ' ')
                        + " for Gothenburg", List.of()));
    }

    private Project useSek(Project p) {
        ProjectDetails d = p.details();
        Budget b = d.budget();
        return projects.update(p.id(), null, new ProjectDetails(d.title(), d.acronym(), d.description(), d.leadUnit(),
                d.primaryPriorityArea(), d.otherPriorityAreas(), d.programme(), d.callIdentifier(), d.startDate(),
                d.endDate(), new Budget(CurrencyCode.SEK, b.total(), b.externalGrant(), b.ownContribution(),
                b.ownStaffTime()), d.partners(), d.benefitForGothenburg(), d.celexNumbers()));
    }

    private void submit(Project p) {
        projects.moveTo(p.id(), null, ProjectStatus.APPLICATION_SUBMITTED, null);
    }

    private void ongoing(Project p, String decided, String amount) {
        submit(p);
        projects.grant(p.id(), null, LocalDate.parse(decided), new BigDecimal(amount));
        projects.moveTo(p.id(), null, ProjectStatus.ONGOING, null);
    }

    private void indicator(Project p, String code, String target, String reportedOn, String actual) {
        var known = se.goteborg.international.project.project.IndicatorCatalog.find(code).orElseThrow();
        projects.addIndicator(p.id(), null, new Indicator(code, known.name(), known.unit(), BigDecimal.ZERO,
                new BigDecimal(target), null, null));
        projects.reportActual(p.id(), code, LocalDate.parse(reportedOn), new BigDecimal(actual), "EXAMPLE report");
    }
}
