package se.goteborg.international.project.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.goteborg.international.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project's business rules, without Spring. */
class ProjectRulesTest {

    static ProjectDetails details(LeadUnit unit, String benefit, LocalDate start, LocalDate end, Budget budget) {
        return new ProjectDetails("Green Harbour", "GH", null, unit, PriorityArea.BUSINESS_DEVELOPMENT,
                List.of(PriorityArea.OWN_OPERATIONS), "INTERREG_OKS", "interreg-oks-2025-01", start, end, budget,
                List.of(new Partner("Bergen kommune", "NO", "Bergen", PartnerRole.PARTNER, null)), benefit,
                List.of("32021R1060"));
    }

    static Budget budget(String total, String grant) {
        return new Budget(CurrencyCode.EUR, new BigDecimal(total), new BigDecimal(grant), new BigDecimal("100"),
                new BigDecimal("50"));
    }

    static ProjectDetails valid() {
        return details(new LeadUnit(UnitType.BOLAG, "Business Region Göteborg AB"), "Investors for Gothenburg",
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), budget("1000", "650"));
    }

    static Project submitted(ProjectDetails d) {
        return Project.register(d, Instant.EPOCH).moveTo(ProjectStatus.APPLICATION_SUBMITTED);
    }

    @Test
    void theEndMustBeAfterTheStart() {
        assertThatThrownBy(() -> Project.register(details(null, null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 1), budget("1000", "650")), Instant.EPOCH))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "endDate");
    }

    @Test
    void theGrantCannotExceedTheTotalBudget() {
        assertThatThrownBy(() -> Project.register(details(null, null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 1, 1), budget("1000", "1000.01")), Instant.EPOCH))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("code", "grant-exceeds-budget");
        assertThatThrownBy(() -> submitted(valid()).grant(LocalDate.of(2025, 3, 1), new BigDecimal("1000.01")))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("field", "grantedAmount");
    }

    @Test
    void moneyIsNeverNegativeNorFinerThanCents() {
        assertThatThrownBy(() -> Project.register(details(null, null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 1, 1), budget("-1", "0")), Instant.EPOCH))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("code", "negative-amount");
        assertThatThrownBy(() -> Project.register(details(null, null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 1, 1), budget("10.001", "0")), Instant.EPOCH))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("code", "too-many-decimals");
    }

    @Test
    void aGrantedProjectHasALeadUnitAndAStatedBenefit() {
        LocalDate s = LocalDate.of(2025, 1, 1), e = LocalDate.of(2026, 1, 1);
        Project noUnit = submitted(details(null, "benefit", s, e, budget("1000", "650")));
        assertThatThrownBy(() -> noUnit.grant(s, BigDecimal.TEN)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "lead-unit-required");
        Project noBenefit = submitted(details(new LeadUnit(UnitType.NAMND, "Kulturnämnden"), " ", s, e,
                budget("1000", "650")));
        assertThatThrownBy(() -> noBenefit.grant(s, BigDecimal.TEN)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "benefit-required");
        Project granted = submitted(valid()).grant(s, new BigDecimal("600"));
        assertThat(granted.status()).isEqualTo(ProjectStatus.GRANTED);
        assertThat(granted.grantedAmount()).isEqualByComparingTo("600");
        // and the benefit cannot be removed afterwards
        assertThatThrownBy(() -> granted.update(details(granted.details().leadUnit(), null, s, e, budget("1000", "650"))))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("code", "benefit-required");
    }

    @Test
    void onlyAllowedTransitionsAndDecisionsCarryTheirData() {
        Project idea = Project.register(valid(), Instant.EPOCH);
        assertThatThrownBy(() -> idea.moveTo(ProjectStatus.ONGOING)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "transition-not-allowed");
        assertThatThrownBy(() -> idea.grant(LocalDate.now(), BigDecimal.ONE)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "transition-not-allowed");
        assertThatThrownBy(() -> submitted(valid()).reject(" ")).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "reason-required");
        Project rejected = submitted(valid()).reject("score below threshold");
        assertThat(rejected.rejectionReason()).isEqualTo("score below threshold");
        assertThatThrownBy(() -> rejected.moveTo(ProjectStatus.WITHDRAWN)).isInstanceOf(RuleViolation.class);
        Project completed = submitted(valid()).grant(LocalDate.of(2025, 2, 1), BigDecimal.TEN)
                .moveTo(ProjectStatus.ONGOING).moveTo(ProjectStatus.COMPLETED);
        assertThat(completed.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(Project.register(valid(), Instant.EPOCH).moveTo(ProjectStatus.WITHDRAWN).status())
                .isEqualTo(ProjectStatus.WITHDRAWN);
    }

    @Test
    void actualsOnlyWhileOngoingOrCompleted() {
        Project granted = submitted(valid()).addIndicator(new Indicator("RCO87", "Orgs", "orgs", BigDecimal.ZERO,
                BigDecimal.TEN, null, null)).grant(LocalDate.of(2025, 2, 1), BigDecimal.TEN);
        assertThatThrownBy(() -> granted.reportActual("RCO87", BigDecimal.ONE, LocalDate.of(2025, 6, 1)))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("code", "actuals-not-allowed");
        Project ongoing = granted.moveTo(ProjectStatus.ONGOING).reportActual("RCO87", new BigDecimal("4"),
                LocalDate.of(2025, 6, 1));
        assertThat(ongoing.indicator("RCO87").latestActual()).isEqualByComparingTo("4");
        assertThatThrownBy(() -> ongoing.reportActual("RCO99", BigDecimal.ONE, LocalDate.of(2025, 6, 1)))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("code", "unknown-indicator");
    }

    @Test
    void coFinancingRateIsDerivedFromGrantAndTotal() {
        assertThat(budget("1000", "650").coFinancingRate()).isEqualByComparingTo("0.6500");
        assertThat(budget("0", "0").coFinancingRate()).isNull();
    }

    @Test
    void partnersAndLegislationAreChecked() {
        ProjectDetails v = valid();
        ProjectDetails badCountry = new ProjectDetails(v.title(), null, null, null, v.primaryPriorityArea(), null,
                v.programme(), null, v.startDate(), v.endDate(), v.budget(),
                List.of(new Partner("Atlantis", "XX", null, PartnerRole.PARTNER, null)), null, List.of());
        assertThatThrownBy(() -> Project.register(badCountry, Instant.EPOCH)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "partners[0].countryCode");
        ProjectDetails badCelex = new ProjectDetails(v.title(), null, null, null, v.primaryPriorityArea(), null,
                v.programme(), null, v.startDate(), v.endDate(), v.budget(), List.of(), null, List.of("GDPR"));
        assertThatThrownBy(() -> Project.register(badCelex, Instant.EPOCH)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "celexNumbers[0]");
    }
}
