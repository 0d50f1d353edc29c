package se.goteborg.international.monitoring.assessment;

/** Progress of an assessment's actions: OPEN → IN_PROGRESS → DONE (steps may be skipped, never undone). */
public enum AssessmentStatus {
    OPEN, IN_PROGRESS, DONE;

    /** Why this status cannot become {@code next}, or null if it can. */
    public String refusalToMoveTo(AssessmentStatus next) {
        if (next == this) {
            return null; // an update that keeps the status is fine
        }
        return next.ordinal() > ordinal() ? null : "an assessment cannot go back from " + this + " to " + next;
    }
}
