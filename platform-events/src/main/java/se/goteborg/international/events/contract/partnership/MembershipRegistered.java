package se.goteborg.international.events.contract.partnership;

import java.util.UUID;

/** A membership of an international organisation or network was registered; it starts as PROPOSED. */
public record MembershipRegistered(UUID membershipId, MembershipSnapshot membership, String changedBy) {
}
