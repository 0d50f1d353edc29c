package se.goteborg.international.monitoring;

import java.util.function.Supplier;

import se.goteborg.international.monitoring.legislation.InvalidReferenceException;
import se.goteborg.international.service.problem.ApiException;

/** Turns an invalid reference (CELEX, procedure) into the platform's problem+json exception; rule violations need no help (ProblemHandler). */
public final class Problems {

    private Problems() {
    }

    /** Validates a reference field (CELEX, procedure), reporting why it is invalid as a 422 on that field. */
    public static <T> T reference(String code, String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidReferenceException e) {
            throw ApiException.ruleViolated(code, field, e.getMessage());
        }
    }
}
