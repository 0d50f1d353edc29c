package se.goteborg.international.partnership.partnership;

/** What kind of thing happened within a partnership. */
public enum ActivityType {
    VISIT, DELEGATION, MEETING, AGREEMENT_SIGNED, CONFERENCE, OTHER
}
