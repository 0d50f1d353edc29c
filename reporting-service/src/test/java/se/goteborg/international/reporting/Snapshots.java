package se.goteborg.international.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.goteborg.international.events.contract.monitoring.AssessmentSnapshot;
import se.goteborg.international.events.contract.monitoring.ConsultationSnapshot;
import se.goteborg.international.events.contract.monitoring.LegislationItemSnapshot;
import se.goteborg.international.events.contract.partnership.DecisionData;
import se.goteborg.international.events.contract.partnership.MembershipSnapshot;
import se.goteborg.international.events.contract.partnership.PartnershipSnapshot;
import se.goteborg.international.events.contract.project.ProjectSnapshot;

/** Test-data builders for the snapshots events carry: sensible defaults, change what a test is about. */
public final class Snapshots {

    private Snapshots() {
    }

    /** A unit name unique to one test, so figures filtered by it are exact whatever else the suite published. */
    public static String uniqueUnit(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static final class Partnership {
        public UUID id = UUID.randomUUID();
        public String kind = "TWIN_CITY";
        public String status = "ACTIVE";
        public String city = "City " + id.toString().substring(0, 6);
        public String unit = "Stadsledningskontoret";
        public String benefit = "Exchange of school practice";
        public List<String> areas = List.of("OWN_OPERATIONS");
        public List<DecisionData> decisions = new ArrayList<>(List.of(new DecisionData("KF", LocalDate.of(2020, 3, 5), "KF 2020/1")));
        public LocalDate agreementStart = LocalDate.of(2020, 1, 1);
        public LocalDate agreementEnd = null;
        public LocalDate renewalDue = null;
        public long version = 1;

        public PartnershipSnapshot build() {
            return new PartnershipSnapshot(id, kind, status, city, null, "NO", null, null, areas, List.of("culture"),
                    benefit, unit, "yearly", decisions, agreementStart, agreementEnd, renewalDue, null, null, null,
                    null, version);
        }
    }

    public static final class Membership {
        public UUID id = UUID.randomUUID();
        public String organisation = "Network " + id.toString().substring(0, 6);
        public String status = "ACTIVE";
        public String purpose = "Learning from peers";
        public String unit = "Stadsledningskontoret";
        public LocalDate reviewDate = LocalDate.now().plusYears(2);

        public MembershipSnapshot build() {
            return new MembershipSnapshot(id, organisation, status, purpose, new BigDecimal("10000.00"), "EUR", unit,
                    reviewDate, List.of(new DecisionData("KS", LocalDate.of(2021, 1, 1), "KS 2021/1")), null, null, 1);
        }
    }

    public static final class Project {
        public UUID id = UUID.randomUUID();
        public String title = "Project " + id.toString().substring(0, 6);
        public String status = "ONGOING";
        public String programme = "HORIZON_EUROPE";
        public boolean euFunded = true;
        public String call = null;
        public String unit = "Stadsledningskontoret";
        public String area = "OWN_OPERATIONS";
        public List<String> otherAreas = List.of();
        public LocalDate start = LocalDate.now().minusMonths(6);
        public LocalDate end = LocalDate.now().plusYears(1);
        public String currency = "EUR";
        public BigDecimal total = new BigDecimal("1000000.00");
        public BigDecimal external = new BigDecimal("650000.00");
        public BigDecimal own = new BigDecimal("350000.00");
        public BigDecimal granted = new BigDecimal("600000.00");
        public LocalDate grantDate = LocalDate.of(2024, 6, 1);
        public String benefit = "Better services for residents";
        public List<ProjectSnapshot.Partner> partners = new ArrayList<>();
        public List<ProjectSnapshot.Indicator> indicators = new ArrayList<>();
        public boolean competing = false;
        public long version = 1;

        public ProjectSnapshot build() {
            return new ProjectSnapshot(id, title, null, status, programme, euFunded, call, "FORVALTNING", unit, area,
                    otherAreas, start, end, currency, total, external, own, BigDecimal.ZERO,
                    new BigDecimal("0.6500"), granted, grantDate, null, benefit, partners, indicators, List.of(),
                    competing, version);
        }
    }

    public static final class Item {
        public UUID id = UUID.randomUUID();
        public String celex = "3" + id.toString().substring(0, 8);
        public String stage = "PROPOSED";
        public LocalDate proposalDate = LocalDate.of(2025, 2, 1);

        public LegislationItemSnapshot build() {
            return new LegislationItemSnapshot(id, celex, null, null, "Förordning " + celex, "Regulation " + celex,
                    "REGULATION", stage, proposalDate, null, null, List.of(), null, null, List.of("ai"),
                    "https://eur-lex.europa.eu/", null);
        }
    }

    public static final class Assessment {
        public UUID id = UUID.randomUUID();
        public UUID itemId;
        public String unit = "Stadsledningskontoret";
        public String relevance = "MEDIUM";
        public String impact = "Procurement rules change";
        public String actions = "Update guidance";
        public LocalDate due = LocalDate.now().plusMonths(3);
        public String status = "OPEN";

        public Assessment(UUID itemId) {
            this.itemId = itemId;
        }

        public AssessmentSnapshot build() {
            return new AssessmentSnapshot(id, itemId, null, unit, relevance, "LEGAL", impact, actions, unit, due,
                    status, List.of(), List.of());
        }
    }

    public static final class Consultation {
        public UUID id = UUID.randomUUID();
        public String status = "SUBMITTED";
        public String unit = "Stadsledningskontoret";
        public LocalDate end = LocalDate.of(2025, 4, 30);

        public ConsultationSnapshot build() {
            return new ConsultationSnapshot(id, "Consultation " + id.toString().substring(0, 6), "Ares(2025)1",
                    end.minusWeeks(12), end, List.of("ai"), status, unit, null);
        }
    }
}
