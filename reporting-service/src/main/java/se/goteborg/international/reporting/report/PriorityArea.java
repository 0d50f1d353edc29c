package se.goteborg.international.reporting.report;

/** The policy's three priority areas, which every partnership and project names. */
public enum PriorityArea {
    /** Utveckling av den egna verksamheten. */
    OWN_OPERATIONS,
    /** Näringslivsutveckling. */
    BUSINESS_DEVELOPMENT,
    /** Omvärldsbevakning. */
    EXTERNAL_MONITORING
}
