package se.goteborg.international.project.project;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A project's budget in one currency: the total, the external grant applied for (e.g. the EU
 * contribution) and the city's own contribution, of which {@code ownStaffTime} is staff time.
 */
public record Budget(CurrencyCode currency, BigDecimal total, BigDecimal externalGrant, BigDecimal ownContribution,
                     BigDecimal ownStaffTime) {

    /** The share of the total the external funder pays, 4 decimals (0.6500 = 65 %); null when the total is 0. */
    public BigDecimal coFinancingRate() {
        if (total == null || externalGrant == null || total.signum() == 0) {
            return null;
        }
        return externalGrant.divide(total, 4, RoundingMode.HALF_UP);
    }
}
