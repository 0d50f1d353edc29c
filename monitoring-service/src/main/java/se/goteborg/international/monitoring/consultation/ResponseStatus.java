package se.goteborg.international.monitoring.consultation;

/** The city's answer to a consultation: CONSIDERING → DRAFTING → SUBMITTED, or NOT_ANSWERING. */
public enum ResponseStatus {
    CONSIDERING, DRAFTING, SUBMITTED, NOT_ANSWERING;

    public boolean settled() {
        return this == SUBMITTED || this == NOT_ANSWERING;
    }

    /** Why the response cannot move to {@code next}, or null if it can. */
    public String refusalToMoveTo(ResponseStatus next) {
        if (next == this) {
            return null;
        }
        if (settled()) {
            return "the city's response is already " + this;
        }
        if (this == DRAFTING && next == CONSIDERING) {
            return "a response being drafted cannot go back to CONSIDERING";
        }
        return null;
    }
}
