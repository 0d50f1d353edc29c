package se.goteborg.international.events.contract.partnership;

import java.time.LocalDate;
import java.util.UUID;

/** A partnership's agreement was renewed for a new term by {@code decision}. */
public record PartnershipRenewed(UUID partnershipId, DecisionData decision, LocalDate previousAgreementEnd,
                                 LocalDate agreementEnd, LocalDate renewalDue, PartnershipSnapshot partnership,
                                 String changedBy) {
}
