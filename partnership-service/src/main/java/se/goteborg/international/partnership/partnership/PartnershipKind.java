package se.goteborg.international.partnership.partnership;

/** The two kinds of city partnership the policy distinguishes. */
public enum PartnershipKind {
    /** Vänort: a long-term bond decided by the city council (KF). */
    TWIN_CITY,
    /** Partnerstad: concrete, time-limited projects; the executive board (KS) may decide. */
    PARTNER_CITY
}
