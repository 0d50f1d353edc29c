package se.goteborg.international.monitoring.assessment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Moves an assessment's actions on: OPEN → IN_PROGRESS → DONE. */
public record AssessmentStatusRequest(@Schema(example = "IN_PROGRESS") @NotNull(message = "is required") AssessmentStatus status) {
}
