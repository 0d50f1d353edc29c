package se.goteborg.international.partnership.membership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import se.goteborg.international.domain.RuleViolation;
import se.goteborg.international.partnership.shared.Texts;

/** What describes a membership and may be edited: organisation, purpose, yearly cost, unit, review date. */
public record MembershipDetails(String organisation, String purpose, BigDecimal yearlyCost, String currency,
                                String responsibleUnit, LocalDate reviewDate) {

    public MembershipDetails {
        if (Texts.isBlank(organisation)) {
            throw RuleViolation.rule("organisation-required", "organisation", "a membership needs the organisation's name");
        }
        organisation = organisation.strip();
        purpose = Texts.clean(purpose);
        responsibleUnit = Texts.clean(responsibleUnit);
        if (yearlyCost != null && yearlyCost.signum() < 0) {
            throw RuleViolation.rule("negative-cost", "yearlyCost", "the yearly cost cannot be negative");
        }
        if ((yearlyCost == null) != (currency == null)) {
            throw RuleViolation.rule("cost-without-currency", yearlyCost == null ? "yearlyCost" : "currency",
                    "give the yearly cost together with its currency (e.g. 120000 SEK)");
        }
        if (currency != null && !isCurrency(currency)) {
            throw RuleViolation.rule("unknown-currency", "currency", "'" + currency + "' is not an ISO 4217 currency code");
        }
    }

    private static boolean isCurrency(String code) {
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
