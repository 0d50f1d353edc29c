package se.goteborg.international.service.problem;

/** One field's problem in a problem+json body: {@code errors: [{field, message}]}. */
public record FieldError(String field, String message) {
}
