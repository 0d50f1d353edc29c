package se.goteborg.international.partnership.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.goteborg.international.partnership.shared.Decision;
import se.goteborg.international.domain.RuleViolation;
import se.goteborg.international.partnership.shared.Texts;

/**
 * The city's membership of an international organisation or network (e.g. Eurocities, ICLEI, POLIS).
 * KF or KS decides each one, and each must state its purpose and cost. Immutable: changes return the next state.
 */
public record Membership(UUID id, MembershipDetails details, MembershipStatus status, List<Decision> decisions,
                         LocalDate endedOn, String endedReason, long version, Instant createdAt) {

    public Membership {
        Objects.requireNonNull(id);
        Objects.requireNonNull(details);
        Objects.requireNonNull(status);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    public static Membership register(MembershipDetails details, Instant now) {
        return new Membership(UUID.randomUUID(), details, MembershipStatus.PROPOSED, List.of(), null, null, 0, now);
    }

    public Membership update(MembershipDetails next) {
        if (status == MembershipStatus.ENDED) {
            throw RuleViolation.transition("an ended membership cannot be changed");
        }
        if (status == MembershipStatus.ACTIVE) {
            requireActiveRules(next);
        }
        return new Membership(id, next, status, decisions, endedOn, endedReason, version + 1, createdAt);
    }

    /** No active membership without a decision (KF or KS), a stated purpose and a stated yearly cost. */
    public Membership activate(Decision decision, LocalDate today) {
        if (status != MembershipStatus.PROPOSED) {
            throw RuleViolation.transition("only a PROPOSED membership can be activated; this one is " + status);
        }
        if (decision == null) {
            throw RuleViolation.rule("membership-needs-decision", "decision",
                    "a membership needs a decision by the city council (KF) or the executive board (KS)");
        }
        decision.requireTakenBy(today);
        requireActiveRules(details);
        List<Decision> all = new ArrayList<>(decisions);
        all.add(decision);
        return new Membership(id, details, MembershipStatus.ACTIVE, all, null, null, version + 1, createdAt);
    }

    public Membership end(LocalDate on, String reason, LocalDate today) {
        if (status == MembershipStatus.ENDED) {
            throw RuleViolation.transition("this membership has already ended");
        }
        if (on == null) {
            throw RuleViolation.rule("end-date-required", "endedOn", "ending a membership needs the date it ended");
        }
        if (on.isAfter(today)) {
            throw RuleViolation.rule("end-date-in-future", "endedOn",
                    "record the end once it has happened; " + on + " is in the future");
        }
        if (Texts.isBlank(reason)) {
            throw RuleViolation.rule("end-reason-required", "reason", "ending a membership needs a reason");
        }
        return new Membership(id, details, MembershipStatus.ENDED, decisions, on, reason.strip(), version + 1, createdAt);
    }

    private static void requireActiveRules(MembershipDetails d) {
        if (d.purpose() == null) {
            throw RuleViolation.rule("membership-needs-purpose", "purpose",
                    "an active membership must state its purpose for the city");
        }
        if (d.yearlyCost() == null) {
            throw RuleViolation.rule("membership-needs-cost", "yearlyCost",
                    "an active membership must state its yearly cost (0 if it is free)");
        }
    }
}
