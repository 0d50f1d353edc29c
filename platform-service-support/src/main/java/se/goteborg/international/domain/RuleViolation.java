package se.goteborg.international.domain;

/**
 * A change the policy or the lifecycle does not allow, in plain words, naming the field concerned.
 * Thrown by every service's domain code, which knows no HTTP (plain Java: this package depends on
 * nothing); {@code ProblemHandler} answers it as 422 (a broken rule, with the field in
 * {@code errors}) or 409 (a step not allowed from the current status). The use case's transaction
 * rolls back as for any runtime exception, so nothing is half-written.
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

    /** A business rule is broken by the data given: 422 naming {@code field}. */
    public RuleViolation(String code, String field, String message) {
        this(code, field, message, false);
    }

    /** A business rule is broken by the data given: 422 naming {@code field}. */
    public static RuleViolation rule(String code, String field, String message) {
        return new RuleViolation(code, field, message, false);
    }

    /** The change is not allowed from the current status: 409. */
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
