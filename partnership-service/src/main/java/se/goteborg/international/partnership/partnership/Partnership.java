package se.goteborg.international.partnership.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.goteborg.international.partnership.shared.Decision;
import se.goteborg.international.partnership.shared.DecisionBody;
import se.goteborg.international.domain.RuleViolation;
import se.goteborg.international.partnership.shared.Texts;

/**
 * A relationship between Gothenburg and one foreign city, with the policy's rules. Immutable: every
 * change returns the next state (version + 1) or throws a {@link RuleViolation} in plain words.
 */
public record Partnership(UUID id, PartnershipKind kind, PartnershipProfile profile, PartnershipStatus status,
                          List<Decision> decisions, LocalDate dormantSince, String dormantReason,
                          LocalDate endedOn, String endedReason, long version, Instant createdAt) {

    public Partnership {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(profile);
        Objects.requireNonNull(status);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** A new partnership starts as a proposal; nothing is required of it yet beyond the city. */
    public static Partnership propose(PartnershipKind kind, PartnershipProfile profile, Instant now) {
        if (kind == null) {
            throw RuleViolation.rule("kind-required", "kind", "say whether it is a TWIN_CITY or a PARTNER_CITY");
        }
        return new Partnership(UUID.randomUUID(), kind, profile, PartnershipStatus.PROPOSED, List.of(), null, null,
                null, null, 0, now);
    }

    /** Edits the description. An active or dormant partnership must still meet the rules for being active. */
    public Partnership update(PartnershipProfile next) {
        if (status == PartnershipStatus.ENDED) {
            throw RuleViolation.transition("an ended partnership cannot be changed");
        }
        if (status != PartnershipStatus.PROPOSED) {
            requireActiveRules(next);
        }
        return next(next, status, decisions, dormantSince, dormantReason, endedOn, endedReason);
    }

    /**
     * PROPOSED → ACTIVE on the strength of a decision: a twin city needs the city council (KF), a
     * partner city the executive board (KS) or the council, plus an agreement end date; every
     * partnership needs a mutual-benefit statement and at least one priority area.
     */
    public Partnership activate(Decision decision, AgreementTerms agreementOrNull, LocalDate today) {
        if (status != PartnershipStatus.PROPOSED) {
            throw RuleViolation.transition("only a PROPOSED partnership can be activated; this one is " + status
                    + (status == PartnershipStatus.DORMANT ? " (use reactivate)" : ""));
        }
        requireDecisionForKind(decision, "activate");
        decision.requireTakenBy(today);
        PartnershipProfile withTerms = agreementOrNull == null ? profile : profile.withAgreement(agreementOrNull);
        requireActiveRules(withTerms);
        requireAgreementRunning(withTerms.agreement(), today);
        return next(withTerms, PartnershipStatus.ACTIVE, plus(decision), null, null, null, null);
    }

    /** ACTIVE → DORMANT: the agreement stands but nothing happens; record since when and why. */
    public Partnership makeDormant(LocalDate since, String reason, LocalDate today) {
        if (status != PartnershipStatus.ACTIVE) {
            throw RuleViolation.transition("only an ACTIVE partnership can be made dormant; this one is " + status);
        }
        if (since == null) {
            throw RuleViolation.rule("dormant-since-required", "since",
                    "a dormant partnership must record since when it has been dormant");
        }
        if (since.isAfter(today)) {
            throw RuleViolation.rule("dormant-since-in-future", "since",
                    "a partnership cannot be dormant since a future date (" + since + ")");
        }
        if (Texts.isBlank(reason)) {
            throw RuleViolation.rule("dormant-reason-required", "reason",
                    "a dormant partnership must record why it is dormant");
        }
        return next(profile, PartnershipStatus.DORMANT, decisions, since, reason.strip(), null, null);
    }

    /** DORMANT → ACTIVE again, if it still meets the rules for being active. */
    public Partnership reactivate(LocalDate today) {
        if (status != PartnershipStatus.DORMANT) {
            throw RuleViolation.transition("only a DORMANT partnership can be reactivated; this one is " + status);
        }
        requireActiveRules(profile);
        requireAgreementRunning(profile.agreement(), today);
        return next(profile, PartnershipStatus.ACTIVE, decisions, null, null, null, null);
    }

    /** A new agreement term, decided like an activation: KF for a twin city, KS or KF for a partner city. */
    public Partnership renew(Decision decision, LocalDate newStart, LocalDate newEnd, LocalDate renewalDue,
                             LocalDate today) {
        if (status != PartnershipStatus.ACTIVE && status != PartnershipStatus.DORMANT) {
            throw RuleViolation.transition("only an ACTIVE or DORMANT partnership can be renewed; this one is " + status);
        }
        requireDecisionForKind(decision, "renew");
        decision.requireTakenBy(today);
        if (newEnd == null) {
            throw RuleViolation.rule("renewal-end-required", "agreementEnd", "a renewal needs the new agreement end date");
        }
        LocalDate previousEnd = profile.agreement().end();
        if (previousEnd != null && !newEnd.isAfter(previousEnd)) {
            throw RuleViolation.rule("renewal-not-later", "agreementEnd",
                    "the renewed agreement must end after the current one (" + previousEnd + ")");
        }
        if (!newEnd.isAfter(today)) {
            throw RuleViolation.rule("renewal-end-in-past", "agreementEnd",
                    "the renewed agreement must end in the future, not on " + newEnd);
        }
        LocalDate start = newStart != null ? newStart
                : previousEnd != null ? previousEnd.plusDays(1) : profile.agreement().start();
        AgreementTerms terms = new AgreementTerms(start, newEnd, renewalDue);
        return next(profile.withAgreement(terms), status, plus(decision), dormantSince, dormantReason, null, null);
    }

    /**
     * ACTIVE or DORMANT → ENDED, with the date and the reason. A twin city ends only by a new
     * city-council (KF) decision; for a partner city a decision is recorded if given.
     */
    public Partnership end(LocalDate on, String reason, Decision decisionOrNull, LocalDate today) {
        if (status != PartnershipStatus.ACTIVE && status != PartnershipStatus.DORMANT) {
            throw RuleViolation.transition("only an ACTIVE or DORMANT partnership can be ended; this one is " + status);
        }
        if (on == null) {
            throw RuleViolation.rule("end-date-required", "endedOn", "ending a partnership needs the date it ended");
        }
        if (on.isAfter(today)) {
            throw RuleViolation.rule("end-date-in-future", "endedOn",
                    "record the end once it has happened; " + on + " is in the future");
        }
        if (Texts.isBlank(reason)) {
            throw RuleViolation.rule("end-reason-required", "reason", "ending a partnership needs a reason");
        }
        if (kind == PartnershipKind.TWIN_CITY && (decisionOrNull == null || decisionOrNull.body() != DecisionBody.KF)) {
            throw RuleViolation.rule("twin-city-end-needs-kf-decision", "decision",
                    "a twin city ends only by a new decision of the city council (KF)");
        }
        List<Decision> all = decisions;
        if (decisionOrNull != null) {
            decisionOrNull.requireTakenBy(today);
            all = plus(decisionOrNull);
        }
        return next(profile, PartnershipStatus.ENDED, all, null, null, on, reason.strip());
    }

    /** Whether an activity on {@code date} can be recorded: not after the partnership ended. */
    public void requireAcceptsActivityOn(LocalDate date) {
        if (status == PartnershipStatus.ENDED && date != null && date.isAfter(endedOn)) {
            throw RuleViolation.rule("activity-after-end", "startDate",
                    "this partnership ended on " + endedOn + "; an activity on " + date + " cannot belong to it");
        }
    }

    private void requireDecisionForKind(Decision decision, String verb) {
        if (kind == PartnershipKind.TWIN_CITY) {
            if (decision == null || decision.body() != DecisionBody.KF) {
                throw RuleViolation.rule("twin-city-needs-kf-decision", decision == null ? "decision" : "decision.body",
                        "a twin city needs a decision by the city council (KF) to " + verb);
            }
        } else if (decision == null) {
            throw RuleViolation.rule("partner-city-needs-decision", "decision",
                    "a partner city needs a decision by the executive board (KS) or the city council (KF) to " + verb);
        }
    }

    /** What must hold for an ACTIVE (or DORMANT) partnership at all times. */
    private void requireActiveRules(PartnershipProfile p) {
        if (p.mutualBenefit() == null) {
            throw RuleViolation.rule("mutual-benefit-required", "mutualBenefit",
                    "an active partnership needs a statement of the mutual benefit for Gothenburg");
        }
        if (p.priorityAreas().isEmpty()) {
            throw RuleViolation.rule("priority-area-required", "priorityAreas",
                    "an active partnership must serve at least one priority area");
        }
        if (kind == PartnershipKind.PARTNER_CITY && p.agreement().end() == null) {
            throw RuleViolation.rule("partner-city-needs-end-date", "agreement.end",
                    "a partner city needs an agreement end date: partner cities are time-limited");
        }
    }

    private void requireAgreementRunning(AgreementTerms terms, LocalDate today) {
        if (terms.end() != null && terms.end().isBefore(today)) {
            throw RuleViolation.rule("agreement-expired", "agreement.end",
                    "the agreement ended on " + terms.end() + "; renew it before the partnership can be active");
        }
    }

    private List<Decision> plus(Decision decision) {
        List<Decision> all = new ArrayList<>(decisions);
        all.add(decision);
        return all;
    }

    private Partnership next(PartnershipProfile p, PartnershipStatus s, List<Decision> d, LocalDate dSince,
                             String dReason, LocalDate eOn, String eReason) {
        return new Partnership(id, kind, p, s, d, dSince, dReason, eOn, eReason, version + 1, createdAt);
    }
}
