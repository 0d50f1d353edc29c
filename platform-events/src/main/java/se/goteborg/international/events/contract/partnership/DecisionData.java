package se.goteborg.international.events.contract.partnership;

import java.time.LocalDate;

/**
 * A political decision behind a partnership or membership.
 *
 * @param body          KF (kommunfullmäktige, the city council) or KS (kommunstyrelsen, the executive board)
 * @param decidedOn     the date of the decision
 * @param caseReference the diarienummer, e.g. "KS 2025/01234"
 */
public record DecisionData(String body, LocalDate decidedOn, String caseReference) {
}
