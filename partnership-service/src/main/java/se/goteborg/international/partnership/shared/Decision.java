package se.goteborg.international.partnership.shared;

import java.time.LocalDate;
import se.goteborg.international.domain.RuleViolation;

/**
 * A political decision: the body, the date and the case reference (diarienummer, e.g. "KS 2025/01234").
 */
public record Decision(DecisionBody body, LocalDate decidedOn, String caseReference) {

    public Decision {
        if (body == null) {
            throw RuleViolation.rule("decision-incomplete", "decision.body", "a decision needs the body that took it (KF or KS)");
        }
        if (decidedOn == null) {
            throw RuleViolation.rule("decision-incomplete", "decision.decidedOn", "a decision needs the date it was taken");
        }
        if (caseReference == null || caseReference.isBlank()) {
            throw RuleViolation.rule("decision-incomplete", "decision.caseReference",
                    "a decision needs its case reference (diarienummer), e.g. KS 2025/01234");
        }
        caseReference = caseReference.strip();
    }

    /** A decision cannot be dated in the future: it must have been taken. */
    public void requireTakenBy(LocalDate today) {
        if (decidedOn.isAfter(today)) {
            throw RuleViolation.rule("decision-in-future", "decision.decidedOn",
                    "the decision date " + decidedOn + " is in the future; record a decision once it has been taken");
        }
    }
}
