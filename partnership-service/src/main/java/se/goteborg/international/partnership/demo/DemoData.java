package se.goteborg.international.partnership.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import se.goteborg.international.service.security.Actor;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.goteborg.international.partnership.membership.Membership;
import se.goteborg.international.partnership.membership.MembershipDetails;
import se.goteborg.international.partnership.membership.MembershipService;
import se.goteborg.international.partnership.partnership.Activity;
import se.goteborg.international.partnership.partnership.ActivityType;
import se.goteborg.international.partnership.partnership.AgreementTerms;
import se.goteborg.international.partnership.partnership.City;
import se.goteborg.international.partnership.partnership.Partnership;
import se.goteborg.international.partnership.partnership.PartnershipKind;
import se.goteborg.international.partnership.partnership.PartnershipProfile;
import se.goteborg.international.partnership.partnership.PartnershipService;
import se.goteborg.international.partnership.shared.Decision;
import se.goteborg.international.partnership.shared.DecisionBody;
import se.goteborg.international.partnership.shared.PriorityArea;

/**
 * DEMO DATA, only with the {@code demo} profile. Gothenburg's twin cities, partner cities (several
 * dormant) and network memberships from the domain guide, loaded through the use cases so their
 * events reach reporting too. The cities and years are from the guide; every case reference,
 * exact date, cost and statement is an invented EXAMPLE and says so. Changes are made by "demo-data".
 */
@Component
@Profile("demo")
public class DemoData implements ApplicationRunner {

    public static final String ACTOR = "demo-data";
    /** Demo data goes through the use cases as the platform itself, not as a signed-in person. */
    private static final Actor DEMO = Actor.system(ACTOR);
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Set<PriorityArea> OWN = Set.of(PriorityArea.OWN_OPERATIONS);
    private static final Set<PriorityArea> BUSINESS = Set.of(PriorityArea.BUSINESS_DEVELOPMENT, PriorityArea.OWN_OPERATIONS);

    private final PartnershipService partnerships;
    private final MembershipService memberships;
    private final JdbcClient jdbc;

    public DemoData(PartnershipService partnerships, MembershipService memberships, JdbcClient jdbc) {
        this.partnerships = partnerships;
        this.memberships = memberships;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = jdbc.sql("select exists (select 1 from partnership where changed_by = :actor)"
                + " or exists (select 1 from membership where changed_by = :actor)")
                .param("actor", ACTOR).query(Boolean.class).single();
        if (loaded) {
            log.info("Demo data already loaded");
            return;
        }
        load();
        log.warn("DEMO DATA loaded (profile 'demo'): case references, dates, costs and statements are invented examples");
    }

    void load() {
        // twin cities (vänorter): all Nordic, since 1946, with a themed meeting every second year
        for (String[] c : List.of(
                new String[] {"Bergen", "Bergen", "NO", "60.391300", "5.322100"},
                new String[] {"Turku", "Åbo", "FI", "60.451800", "22.267000"},
                new String[] {"Aarhus", "Århus", "DK", "56.162900", "10.203900"})) {
            Partnership p = partnerships.propose(PartnershipKind.TWIN_CITY, profile(c,
                    "Example: Nordic exchange on schools, culture and climate that gives Gothenburg's services new methods",
                    OWN, Set.of("CULTURE", "SCHOOL", "ENVIRONMENT"), "Nordic twin-city meeting every second year (example)",
                    AgreementTerms.NONE), DEMO);
            p = partnerships.activate(p.id(), null, decision(DecisionBody.KF, LocalDate.of(1946, 5, 2), "KF 1946/0001"),
                    null, DEMO);
            partnerships.recordActivity(p.id(), new Activity(null, p.id(), ActivityType.MEETING,
                    "Nordic twin-city meeting (example)", LocalDate.of(2024, 9, 12), LocalDate.of(2024, 9, 13), c[0],
                    "Example theme: climate-neutral cities", c[0] + " (example host)", List.of("Example delegation"),
                    List.of("Stadsledningskontoret"), "Example outcome: joint declaration", OWN, null, ACTOR), DEMO);
        }

        // partner cities (partnerstäder): time-limited, decided by KS
        Partnership shanghai = partnerships.propose(PartnershipKind.PARTNER_CITY, profile(
                new String[] {"Shanghai", "上海", "CN", "31.230400", "121.473700"},
                "Example: business contacts and investment for Gothenburg companies; exchange on port and mobility",
                BUSINESS, Set.of("BUSINESS", "MOBILITY"), "Yearly steering meeting (example)",
                new AgreementTerms(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), LocalDate.of(2027, 6, 30))),
                DEMO);
        partnerships.activate(shanghai.id(), null, decision(DecisionBody.KS, LocalDate.of(2024, 11, 20), "KS 2024/0986"),
                null, DEMO);
        Partnership nmb = partnerships.propose(PartnershipKind.PARTNER_CITY, profile(
                new String[] {"Nelson Mandela Bay", null, "ZA", "-33.960800", "25.602200"},
                "Example: ICLD-funded projects on democracy and welfare that train Gothenburg's staff",
                OWN, Set.of("DEMOCRACY", "WELFARE"), "Project meetings twice a year (example)",
                new AgreementTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 30))),
                DEMO);
        partnerships.activate(nmb.id(), null, decision(DecisionBody.KS, LocalDate.of(2023, 12, 6), "KS 2023/1123"),
                null, DEMO);

        // dormant partner-city agreements (vilande): the agreement stands but nothing happens
        for (String[] c : List.of(
                new String[] {"Chicago", null, "US", "41.878100", "-87.629800"},
                new String[] {"Kiel", null, "DE", "54.323300", "10.122800"},
                new String[] {"Krakow", "Kraków", "PL", "50.064700", "19.945000"},
                new String[] {"Lyon", null, "FR", "45.764000", "4.835700"},
                new String[] {"Newcastle", null, "GB", "54.978300", "-1.617800"},
                new String[] {"Rostock", null, "DE", "54.092400", "12.099100"},
                new String[] {"Tallinn", null, "EE", "59.437000", "24.753600"},
                new String[] {"Xi'an", "西安", "CN", "34.341600", "108.939800"})) {
            Partnership p = partnerships.propose(PartnershipKind.PARTNER_CITY, profile(c,
                    "Example: exchange on urban development, when there is a joint project", OWN,
                    Set.of("URBAN_PLANNING"), null,
                    new AgreementTerms(LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31), null)), DEMO);
            partnerships.activate(p.id(), null, decision(DecisionBody.KS, LocalDate.of(2010, 1, 15), "KS 2010/0042"),
                    null, DEMO);
            partnerships.makeDormant(p.id(), null, LocalDate.of(2019, 1, 1),
                    "Example: no joint activity since 2019; the agreement stands", DEMO);
        }

        // memberships of networks, each decided by KS with a purpose and a cost
        membership("Eurocities", "Example: influence EU urban policy through six thematic forums",
                new BigDecimal("310000.00"), LocalDate.of(1995, 3, 1), "KS 1995/0101");
        membership("ICLEI – Local Governments for Sustainability", "Example: climate and sustainability networks",
                new BigDecimal("95000.00"), LocalDate.of(2008, 6, 1), "KS 2008/0555");
        membership("POLIS", "Example: sustainable urban mobility projects and policy",
                new BigDecimal("60000.00"), LocalDate.of(2012, 2, 1), "KS 2012/0210");
        membership("ECCAR – European Coalition of Cities Against Racism", "Example: human rights and anti-discrimination work",
                new BigDecimal("15000.00"), LocalDate.of(2015, 9, 1), "KS 2015/0777");
    }

    private void membership(String organisation, String purpose, BigDecimal cost, LocalDate decided, String ref) {
        Membership m = memberships.register(new MembershipDetails(organisation, purpose, cost, "SEK",
                "Stadsledningskontoret", LocalDate.of(2027, 12, 31)), DEMO);
        memberships.activate(m.id(), null, decision(DecisionBody.KS, decided, ref), DEMO);
    }

    private static PartnershipProfile profile(String[] c, String benefit, Set<PriorityArea> areas, Set<String> cooperation,
                                              String cadence, AgreementTerms terms) {
        return new PartnershipProfile(new City(c[0], c[1], c[2], new BigDecimal(c[3]), new BigDecimal(c[4])), areas,
                cooperation, benefit, "Stadsledningskontoret", List.of(), cadence, terms);
    }

    /** Years are from the domain guide; the exact date and the case reference are invented examples. */
    private static Decision decision(DecisionBody body, LocalDate date, String ref) {
        return new Decision(body, date, ref + " (example)");
    }
}
