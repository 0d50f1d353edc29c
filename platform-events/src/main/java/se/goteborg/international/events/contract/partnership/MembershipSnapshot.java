package se.goteborg.international.events.contract.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A membership's reportable state after a change; every membership event carries one.
 *
 * @param membershipId    the aggregate id
 * @param organisation    the organisation or network, e.g. Eurocities
 * @param status          PROPOSED, ACTIVE or ENDED
 * @param purpose         why the city is a member
 * @param yearlyCost      the yearly fee
 * @param currency        ISO 4217 code of the fee, e.g. SEK or EUR
 * @param responsibleUnit the unit responsible for the membership
 * @param reviewDate      when the membership is next to be reviewed
 * @param decisions       every decision taken on it, oldest first
 * @param endedOn         set once ENDED
 * @param endedReason     set once ENDED
 * @param version         the aggregate version after the change
 */
public record MembershipSnapshot(UUID membershipId, String organisation, String status, String purpose,
                                 BigDecimal yearlyCost, String currency, String responsibleUnit, LocalDate reviewDate,
                                 List<DecisionData> decisions, LocalDate endedOn, String endedReason, long version) {
}
