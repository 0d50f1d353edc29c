package se.goteborg.international.partnership.partnership;

import java.time.LocalDate;

import se.goteborg.international.domain.RuleViolation;

/**
 * The current agreement term, e.g. a three-year memorandum of understanding. Every date is optional
 * (a twin city often has none); those given must be in order.
 */
public record AgreementTerms(LocalDate start, LocalDate end, LocalDate renewalDue) {

    public static final AgreementTerms NONE = new AgreementTerms(null, null, null);

    public AgreementTerms {
        if (start != null && end != null && end.isBefore(start)) {
            throw RuleViolation.rule("agreement-ends-before-start", "agreement.end",
                    "the agreement cannot end (" + end + ") before it starts (" + start + ")");
        }
        if (renewalDue != null && end != null && renewalDue.isAfter(end)) {
            throw RuleViolation.rule("renewal-after-end", "agreement.renewalDue",
                    "renewal must be due (" + renewalDue + ") no later than the agreement ends (" + end + ")");
        }
        if (renewalDue != null && start != null && renewalDue.isBefore(start)) {
            throw RuleViolation.rule("renewal-before-start", "agreement.renewalDue",
                    "renewal cannot be due (" + renewalDue + ") before the agreement starts (" + start + ")");
        }
    }
}
