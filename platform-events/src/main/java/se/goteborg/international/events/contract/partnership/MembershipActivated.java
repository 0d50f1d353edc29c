package se.goteborg.international.events.contract.partnership;

import java.util.UUID;

/** A membership became ACTIVE on the strength of {@code decision}. */
public record MembershipActivated(UUID membershipId, DecisionData decision, MembershipSnapshot membership,
                                  String changedBy) {
}
