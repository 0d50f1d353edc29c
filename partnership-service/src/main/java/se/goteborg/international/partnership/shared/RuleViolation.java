package se.goteborg.international.partnership.shared;

/**
 * A change the policy or the lifecycle does not allow, in plain words, naming the field concerned.
 * Domain code throws it; the application layer turns it into a 422 (rule) or 409 (transition).
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final String field;
    private final boolean transition;

    private RuleViolation(String code, String field, String message, boolean transition) {
        super(message);
        this.code = code;
        this.field = field;
        this.transition = transition;
    }

    /** A business rule is broken by the data given. */
    public static RuleViolation rule(String code, String field, String message) {
        return new RuleViolation(code, field, message, false);
    }

    /** The change is not allowed from the current status. */
    public static RuleViolation transition(String message) {
        return new RuleViolation("invalid-transition", "status", message, true);
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public boolean isTransition() {
        return transition;
    }
}
