package se.goteborg.international.events.contract.partnership;

import java.util.UUID;

/** A dormant partnership became ACTIVE again. */
public record PartnershipReactivated(UUID partnershipId, PartnershipSnapshot partnership, String changedBy) {
}
