package se.goteborg.international.reporting.partnership;

/** The kinds of city partnership reports break down by (reporting's own copy of the event contract's values). */
public enum PartnershipKind {
    /** Vänort. */
    TWIN_CITY,
    /** Partnerstad. */
    PARTNER_CITY
}
