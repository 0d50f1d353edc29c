package se.goteborg.international.events.contract.partnership;

import java.util.UUID;

/** A partnership's description (city, areas, benefit, unit, agreement terms, …) was edited; status unchanged. */
public record PartnershipUpdated(UUID partnershipId, PartnershipSnapshot partnership, String changedBy) {
}
