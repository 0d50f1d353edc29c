package se.goteborg.international.events.contract.partnership;

import java.time.LocalDate;
import java.util.UUID;

/** A partnership ENDED on {@code endedOn} for {@code reason}. */
public record PartnershipEnded(UUID partnershipId, LocalDate endedOn, String reason, PartnershipSnapshot partnership,
                               String changedBy) {
}
