package se.goteborg.international.events.contract.partnership;

import java.time.LocalDate;
import java.util.UUID;

/** An active partnership became DORMANT (vilande): the agreement stands but nothing happens. */
public record PartnershipMadeDormant(UUID partnershipId, LocalDate dormantSince, String reason,
                                     PartnershipSnapshot partnership, String changedBy) {
}
