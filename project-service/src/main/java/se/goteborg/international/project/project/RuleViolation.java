package se.goteborg.international.project.project;

/** A business rule the change would break: a stable code, the field concerned and plain words. */
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
