package se.goteborg.international.events.contract.partnership;

import java.util.UUID;

/** A partnership became ACTIVE on the strength of {@code decision}. */
public record PartnershipActivated(UUID partnershipId, DecisionData decision, PartnershipSnapshot partnership,
                                   String changedBy) {
}
