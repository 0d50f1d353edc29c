package se.goteborg.international.project.project;

/** The three priority areas of the city's international policy. */
public enum PriorityArea {
    OWN_OPERATIONS, BUSINESS_DEVELOPMENT, EXTERNAL_MONITORING
}
