package se.goteborg.international.partnership.partnership;

/**
 * Where a partnership stands: PROPOSED → ACTIVE ⇄ DORMANT → ENDED (an active one may also end directly).
 * DORMANT (vilande): the agreement stands but nothing happens.
 */
public enum PartnershipStatus {
    PROPOSED, ACTIVE, DORMANT, ENDED
}
