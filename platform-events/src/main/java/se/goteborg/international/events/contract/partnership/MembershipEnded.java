package se.goteborg.international.events.contract.partnership;

import java.time.LocalDate;
import java.util.UUID;

/** A membership ENDED on {@code endedOn} for {@code reason}. */
public record MembershipEnded(UUID membershipId, LocalDate endedOn, String reason, MembershipSnapshot membership,
                              String changedBy) {
}
