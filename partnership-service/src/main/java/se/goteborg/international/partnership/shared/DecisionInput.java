package se.goteborg.international.partnership.shared;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A decision as sent over the API. */
@Schema(description = "A decision by the city council (KF) or the executive board (KS)")
public record DecisionInput(
        @Schema(example = "KF", description = "KF = kommunfullmäktige (city council), KS = kommunstyrelsen (executive board)")
        @NotNull(message = "is required") DecisionBody body,
        @Schema(example = "2025-03-13") @NotNull(message = "is required") LocalDate decidedOn,
        @Schema(example = "KF 2025/00123", description = "The case reference (diarienummer)")
        @NotBlank(message = "is required") @Size(max = 60, message = "must be at most 60 characters") String caseReference) {

    public Decision toDecision() {
        return new Decision(body, decidedOn, caseReference);
    }

    public static Decision toDecision(DecisionInput input) {
        return input == null ? null : input.toDecision();
    }
}
