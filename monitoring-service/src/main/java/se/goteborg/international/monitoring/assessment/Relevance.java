package se.goteborg.international.monitoring.assessment;

/** How much a watched item matters to the assessing unit. */
public enum Relevance {
    HIGH, MEDIUM, LOW, NONE
}
