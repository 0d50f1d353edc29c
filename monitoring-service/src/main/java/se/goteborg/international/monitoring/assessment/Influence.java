package se.goteborg.international.monitoring.assessment;

/** How the item reaches the unit: it binds it legally, concerns its political agenda, or both. */
public enum Influence {
    LEGAL, POLITICAL, BOTH
}
