package se.goteborg.international.monitoring.legislation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moves an item to another stage. */
public record StageChangeRequest(
        @Schema(example = "ADOPTED") @NotNull(message = "is required") Stage stage,
        @Schema(example = "Adopted by the Council on 21 May 2024") @Size(max = 1000, message = "must be at most 1000 characters") String reason) {
}
