package se.goteborg.international.events.contract.partnership;

import java.util.UUID;

/** A membership's details (purpose, cost, unit, review date, …) were edited; status unchanged. */
public record MembershipUpdated(UUID membershipId, MembershipSnapshot membership, String changedBy) {
}
