package se.goteborg.international.monitoring.legislation;

import java.util.List;

/**
 * Where an item stands in the legislative process: PROPOSED → UNDER_NEGOTIATION (incl. trilogue)
 * → ADOPTED → PUBLISHED → IN_FORCE; a proposal may instead be WITHDRAWN or REJECTED.
 */
public enum Stage {
    PROPOSED, UNDER_NEGOTIATION, ADOPTED, PUBLISHED, IN_FORCE, WITHDRAWN, REJECTED;

    private static final List<Stage> MAIN_LINE = List.of(PROPOSED, UNDER_NEGOTIATION, ADOPTED, PUBLISHED, IN_FORCE);

    /**
     * Why moving from this stage to {@code next} is not allowed, or null if it is. Steps may be skipped
     * (a non-legislative act is adopted without negotiation), never taken back.
     */
    public String refusalToMoveTo(Stage next) {
        if (next == this) {
            return "the item is already " + this;
        }
        if (this == WITHDRAWN || this == REJECTED || this == IN_FORCE) {
            return "an item that is " + this + " does not change stage any more";
        }
        if (next == WITHDRAWN || next == REJECTED) {
            return this == PROPOSED || this == UNDER_NEGOTIATION ? null
                    : "only a proposal or an act under negotiation can be " + next + "; this one is " + this;
        }
        return MAIN_LINE.indexOf(next) > MAIN_LINE.indexOf(this) ? null
                : "an item cannot go back from " + this + " to " + next;
    }
}
