package se.goteborg.international.partnership.shared;

import java.util.function.Supplier;

import se.goteborg.international.service.problem.ApiException;

/** Runs a domain change and renders a {@link RuleViolation} as the API's problem (422, or 409 for a transition). */
public final class Rules {

    private Rules() {
    }

    public static <T> T apply(Supplier<T> change) {
        try {
            return change.get();
        } catch (RuleViolation v) {
            if (v.isTransition()) {
                throw ApiException.conflict(v.code(), v.getMessage());
            }
            throw ApiException.ruleViolated(v.code(), v.field(), v.getMessage());
        }
    }
}
