package se.goteborg.international.monitoring.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A consultation to watch (create) or its new data (update). */
public record ConsultationRequest(
        @Schema(example = "Urban mobility – revision of the urban mobility framework (example)")
        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String title,
        @Schema(example = "Ares(2025)1234567", description = "the Commission's reference; unique")
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String reference,
        @Schema(example = "2026-01-15") @NotNull(message = "is required") LocalDate feedbackStart,
        @Schema(example = "2026-04-09") @NotNull(message = "is required") LocalDate feedbackEnd,
        @Schema(example = "[\"mobility\", \"climate\"]") @Size(max = 30, message = "must hold at most 30 topics")
        List<@Size(max = 100, message = "must be at most 100 characters") String> topics,
        @Schema(example = "CONSIDERING", description = "on create only; defaults to CONSIDERING") ResponseStatus responseStatus,
        @Schema(example = "Stadsmiljöförvaltningen") @Size(max = 200, message = "must be at most 200 characters") String responsibleUnit,
        @Schema(description = "the watched item it concerns") UUID itemId) {
}
