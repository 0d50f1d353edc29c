package se.goteborg.international.partnership.partnership;

/** Where a partnership stands: PROPOSED → ACTIVE ⇄ DORMANT → ENDED. */
public enum PartnershipStatus {
    PROPOSED, ACTIVE, DORMANT, ENDED
}
