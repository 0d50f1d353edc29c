package se.goteborg.international.gateway.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Problem+json bodies in the platform's shape (the same {@code type} prefix and {@code code} as
 * platform-service-support's ProblemHandler, which is MVC and so not usable here).
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:se:goteborg:intl:problem:";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setProperty("code", code);
        return problem;
    }

    /** The code for a status without a more specific one: 404 → not-found, 504 → gateway-timeout. */
    public static String codeFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase().replace('_', '-');
    }
}
