package se.goteborg.international.project.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import se.goteborg.international.events.contract.project.ProjectSnapshot;
import se.goteborg.international.domain.RuleViolation;

/**
 * A project in the city's portfolio. Immutable: every change returns the new state after checking
 * the rules, so a refused change leaves nothing behind.
 */
public record Project(UUID id, ProjectDetails details, ProjectStatus status, BigDecimal grantedAmount,
                      LocalDate grantDecisionDate, String rejectionReason, List<Indicator> indicators,
                      long version, Instant createdAt) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** CELEX: sector, year, document type, number, e.g. 32021R1060. */
    private static final Pattern CELEX = Pattern.compile("[0-9CE][0-9]{4}[A-Z]{1,2}[0-9]{1,4}(\\([0-9]{1,3}\\))?");
    private static final Pattern CALL = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{1,99}");
    private static final Pattern INDICATOR_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    public Project {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public static Project register(ProjectDetails details, Instant now) {
        Project project = new Project(UUID.randomUUID(), details, ProjectStatus.IDEA, null, null, null, List.of(), 0,
                now);
        project.checkRules();
        return project;
    }

    public Project update(ProjectDetails newDetails) {
        Project updated = new Project(id, newDetails, status, grantedAmount, grantDecisionDate, rejectionReason,
                indicators, version, createdAt);
        updated.checkRules();
        return updated;
    }

    /** A lifecycle step that needs nothing but the target state (submit, start, complete, withdraw). */
    public Project moveTo(ProjectStatus target) {
        if (target == ProjectStatus.GRANTED || target == ProjectStatus.REJECTED) {
            throw new RuleViolation("decision-required", "status",
                    target + " needs its decision: use the grant or reject command");
        }
        return transition(target, grantedAmount, grantDecisionDate, rejectionReason);
    }

    public Project grant(LocalDate decisionDate, BigDecimal amount) {
        if (decisionDate == null) {
            throw new RuleViolation("decision-date-required", "decisionDate", "a grant needs its decision date");
        }
        if (amount == null) {
            throw new RuleViolation("granted-amount-required", "grantedAmount", "a grant needs the amount granted");
        }
        return transition(ProjectStatus.GRANTED, amount, decisionDate, null);
    }

    public Project reject(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason-required", "reason", "a rejection needs its reason");
        }
        return transition(ProjectStatus.REJECTED, null, null, reason.strip());
    }

    private Project transition(ProjectStatus target, BigDecimal amount, LocalDate decided, String reason) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolation("transition-not-allowed", "status", "a project that is " + status
                    + " cannot become " + target + "; allowed next: " + status.next());
        }
        Project moved = new Project(id, details, target, amount, decided, reason, indicators, version, createdAt);
        moved.checkRules();
        return moved;
    }

    public Project addIndicator(Indicator indicator) {
        if (indicator.code() == null || !INDICATOR_CODE.matcher(indicator.code()).matches()) {
            throw new RuleViolation("invalid-indicator-code", "code",
                    "an indicator code is 2–30 capital letters, digits or _, starting with a letter (e.g. RCO87)");
        }
        if (indicator(indicator.code()) != null) {
            throw new RuleViolation("duplicate-indicator", "code", "this project already has indicator "
                    + indicator.code());
        }
        requireNotNegative(indicator.baseline(), "baseline");
        requireNotNegative(indicator.target(), "target");
        List<Indicator> all = new ArrayList<>(indicators);
        all.add(indicator);
        return new Project(id, details, status, grantedAmount, grantDecisionDate, rejectionReason, all, version,
                createdAt);
    }

    /** Records an actual value; only while the project is ONGOING or COMPLETED. */
    public Project reportActual(String code, BigDecimal value, LocalDate reportedOn) {
        if (!status.acceptsActuals()) {
            throw new RuleViolation("actuals-not-allowed", "status", "actual values can be reported only while a "
                    + "project is ONGOING or COMPLETED; this one is " + status);
        }
        if (indicator(code) == null) {
            throw new RuleViolation("unknown-indicator", "indicatorCode", "this project has no indicator " + code);
        }
        requireNotNegative(value, "value");
        if (reportedOn.isBefore(details.startDate())) {
            throw new RuleViolation("report-before-start", "reportedOn", "a report cannot predate the project's start");
        }
        List<Indicator> all = indicators.stream()
                .map(i -> i.code().equals(code) ? i.withActual(value, reportedOn) : i).toList();
        return new Project(id, details, status, grantedAmount, grantDecisionDate, rejectionReason, all, version,
                createdAt);
    }

    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    /** Every rule a project's state must satisfy, whatever changed it. */
    public void checkRules() {
        ProjectDetails d = details;
        if (d.title() == null || d.title().isBlank()) {
            throw new RuleViolation("title-required", "title", "a project needs a title");
        }
        if (d.startDate() == null || d.endDate() == null) {
            throw new RuleViolation("period-required", d.startDate() == null ? "startDate" : "endDate",
                    "every project is time-limited: give both start and end");
        }
        if (!d.endDate().isAfter(d.startDate())) {
            throw new RuleViolation("end-before-start", "endDate", "the end date must be after the start date");
        }
        Budget b = d.budget();
        if (b == null || b.currency() == null) {
            throw new RuleViolation("budget-required", "budget.currency", "a budget in EUR or SEK is required");
        }
        requireMoney(b.total(), "budget.total");
        requireMoney(b.externalGrant(), "budget.externalGrant");
        requireMoney(b.ownContribution(), "budget.ownContribution");
        requireMoney(b.ownStaffTime(), "budget.ownStaffTime");
        if (b.externalGrant().compareTo(b.total()) > 0) {
            throw new RuleViolation("grant-exceeds-budget", "budget.externalGrant",
                    "the external grant cannot exceed the total budget");
        }
        if (b.ownContribution().compareTo(b.total()) > 0) {
            throw new RuleViolation("contribution-exceeds-budget", "budget.ownContribution",
                    "the city's own contribution cannot exceed the total budget");
        }
        if (b.ownStaffTime().compareTo(b.ownContribution()) > 0) {
            throw new RuleViolation("staff-time-exceeds-contribution", "budget.ownStaffTime",
                    "staff time is part of the city's own contribution and cannot exceed it");
        }
        if (grantedAmount != null) {
            requireMoney(grantedAmount, "grantedAmount");
            if (grantedAmount.compareTo(b.total()) > 0) {
                throw new RuleViolation("grant-exceeds-budget", "grantedAmount",
                        "the granted amount cannot exceed the total budget");
            }
        }
        if (d.primaryPriorityArea() == null) {
            throw new RuleViolation("priority-area-required", "primaryPriorityArea",
                    "name the priority area the project serves first");
        }
        if (d.callIdentifier() != null && !CALL.matcher(d.callIdentifier()).matches()) {
            throw new RuleViolation("invalid-call-identifier", "callIdentifier",
                    "a call identifier is letters, digits and . _ / - (e.g. HORIZON-CL5-2024-D4-01)");
        }
        for (int i = 0; i < d.partners().size(); i++) {
            Partner p = d.partners().get(i);
            if (p == null || p.name() == null || p.name().isBlank()) {
                throw new RuleViolation("partner-name-required", "partners[" + i + "].name", "a partner needs a name");
            }
            if (p.countryCode() == null || !COUNTRIES.contains(p.countryCode())) {
                throw new RuleViolation("unknown-country", "partners[" + i + "].countryCode",
                        "'" + p.countryCode() + "' is not an ISO 3166-1 alpha-2 country code");
            }
            if (p.role() == null) {
                throw new RuleViolation("partner-role-required", "partners[" + i + "].role",
                        "a partner's role is COORDINATOR, PARTNER or ASSOCIATED");
            }
        }
        if (d.partners().stream().filter(p -> p.role() == PartnerRole.COORDINATOR).count() > 1) {
            throw new RuleViolation("one-coordinator", "partners", "a project has at most one coordinator");
        }
        for (int i = 0; i < d.celexNumbers().size(); i++) {
            String celex = d.celexNumbers().get(i);
            if (celex == null || !CELEX.matcher(celex).matches()) {
                throw new RuleViolation("invalid-celex", "celexNumbers[" + i + "]",
                        "'" + celex + "' is not a CELEX number (e.g. 32021R1060)");
            }
        }
        if (status.isFunded()) {
            LeadUnit unit = d.leadUnit();
            if (unit == null || unit.type() == null || unit.name() == null || unit.name().isBlank()) {
                throw new RuleViolation("lead-unit-required", "leadUnit",
                        "a granted project must name its lead unit (nämnd, förvaltning or bolag)");
            }
            if (d.benefitForGothenburg() == null || d.benefitForGothenburg().isBlank()) {
                throw new RuleViolation("benefit-required", "benefitForGothenburg",
                        "a granted project must state the benefit expected for Gothenburg");
            }
        }
    }

    private static void requireMoney(BigDecimal amount, String field) {
        if (amount == null) {
            throw new RuleViolation("amount-required", field, "an amount is required (0 if none)");
        }
        requireNotNegative(amount, field);
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("too-many-decimals", field, "money has at most 2 decimals");
        }
        if (amount.compareTo(new BigDecimal("1000000000000")) >= 0) {
            throw new RuleViolation("amount-too-large", field, "amounts must be below 1 000 000 000 000");
        }
    }

    private static void requireNotNegative(BigDecimal amount, String field) {
        if (amount != null && amount.signum() < 0) {
            throw new RuleViolation("negative-amount", field, "must not be negative");
        }
    }

    /** The state every event carries. */
    public ProjectSnapshot snapshot(boolean euFunded, boolean competingApplication) {
        ProjectDetails d = details;
        Budget b = d.budget();
        return new ProjectSnapshot(id, d.title(), d.acronym(), status.name(), d.programme(), euFunded,
                d.callIdentifier(), d.leadUnit() == null || d.leadUnit().type() == null ? null
                : d.leadUnit().type().name(), d.leadUnit() == null ? null : d.leadUnit().name(),
                d.primaryPriorityArea().name(), d.otherPriorityAreas().stream().map(Enum::name).toList(),
                d.startDate(), d.endDate(), b.currency().name(), b.total(), b.externalGrant(), b.ownContribution(),
                b.ownStaffTime(), b.coFinancingRate(), grantedAmount, grantDecisionDate, rejectionReason,
                d.benefitForGothenburg(),
                d.partners().stream().map(p -> new ProjectSnapshot.Partner(p.name(), p.countryCode(), p.city(),
                        p.role().name(), p.partnershipId())).toList(),
                indicators.stream().map(i -> new ProjectSnapshot.Indicator(i.code(), i.name(), i.unit(),
                        i.baseline(), i.target(), i.latestActual(), i.latestReportedOn())).toList(),
                d.celexNumbers(), competingApplication, version);
    }
}
