package se.goteborg.international.partnership.membership;

/** PROPOSED → ACTIVE → ENDED (a proposal may also be dropped: PROPOSED → ENDED). */
public enum MembershipStatus {
    PROPOSED, ACTIVE, ENDED
}
