package se.goteborg.international.monitoring;

/**
 * A business rule the request breaks, raised by domain code (which knows no HTTP); the use cases
 * turn it into a 422 problem naming {@link #field()} and {@link #code()}.
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final String field;

    public RuleViolation(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
