package se.goteborg.international.service.problem;

import org.springframework.http.HttpStatus;

/**
 * A refusal the client must hear about, with a stable {@code code}, the field it concerns (if any)
 * and a plain-words message. Rendered as RFC 9457 problem+json by {@link ProblemHandler}.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;

    public ApiException(HttpStatus status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    /** 422: the request is well-formed but breaks a business rule. */
    public static ApiException ruleViolated(String code, String field, String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, code, field, message);
    }

    /** 404: no such item. */
    public static ApiException notFound(String what, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", null, "No " + what + " with id " + id);
    }

    /** 409: the change conflicts with the item's current state (e.g. a stale version). */
    public static ApiException conflict(String code, String message) {
        return new ApiException(HttpStatus.CONFLICT, code, null, message);
    }

    /** 403: the actor is known but may not do this (e.g. another unit's item). */
    public static ApiException forbidden(String code, String message) {
        return new ApiException(HttpStatus.FORBIDDEN, code, null, message);
    }

    /** 412: If-Match named a version that is no longer current. */
    public static ApiException preconditionFailed(String message) {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "stale-version", null, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
