package se.goteborg.international.monitoring.consultation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Moves the city's response on. */
public record ResponseRequest(@Schema(example = "SUBMITTED") @NotNull(message = "is required") ResponseStatus responseStatus) {
}
