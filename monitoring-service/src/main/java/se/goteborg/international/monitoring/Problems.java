package se.goteborg.international.monitoring;

import java.util.function.Supplier;

import se.goteborg.international.monitoring.legislation.InvalidReferenceException;
import se.goteborg.international.service.problem.ApiException;

/** Turns domain refusals into the platform's problem+json exceptions. */
public final class Problems {

    private Problems() {
    }

    /** Runs domain code, reporting a {@link RuleViolation} as a 422 naming its field and rule. */
    public static <T> T domain(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuleViolation v) {
            throw ApiException.ruleViolated(v.code(), v.field(), v.getMessage());
        }
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
