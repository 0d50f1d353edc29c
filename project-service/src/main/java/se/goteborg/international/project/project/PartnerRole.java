package se.goteborg.international.project.project;

/** A partner organisation's role in a project. */
public enum PartnerRole {
    COORDINATOR, PARTNER, ASSOCIATED
}
