package se.goteborg.international.monitoring.alert;

/** Why a unit is alerted. */
public enum AlertReason {
    NEW_MATCH, STAGE_CHANGED, DATE_CHANGED, ACTION_DUE, ACTION_OVERDUE, CONSULTATION_CLOSING, CONSULTATION_CLOSED
}
