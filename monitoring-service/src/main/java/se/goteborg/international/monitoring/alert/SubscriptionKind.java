package se.goteborg.international.monitoring.alert;

/** What a unit subscribes to. */
public enum SubscriptionKind {
    /** A subject area (e.g. "cybersecurity"); matches items' subject areas and consultations' topics. */
    SUBJECT_AREA,
    /** A word looked for in titles and references (case-insensitive). */
    KEYWORD,
    /** One watched item, by id. */
    ITEM
}
