package se.goteborg.international.partnership.shared;

/** The three priority areas of the city's international policy; every partnership names the ones it serves. */
public enum PriorityArea {
    /** Developing the city's own operations: staff skills and quality of services. */
    OWN_OPERATIONS,
    /** Contacts, investors and new company establishments. */
    BUSINESS_DEVELOPMENT,
    /** Omvärldsbevakning: watching EU legislation and acting on it in time. */
    EXTERNAL_MONITORING
}
