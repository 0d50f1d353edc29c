package se.goteborg.international.monitoring.legislation;

/** What kind of document a watched item is. */
public enum ItemType {
    REGULATION, DIRECTIVE, DECISION, PROPOSAL, COMMUNICATION, RECOMMENDATION, OTHER
}
