package se.goteborg.international.monitoring.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A unit's assessment of a watched item (create or full update). */
public record AssessmentRequest(
        @Schema(example = "Stadsledningskontoret") @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters") String unit,
        @Schema(example = "HIGH") @NotNull(message = "is required") Relevance relevance,
        @Schema(example = "LEGAL") @NotNull(message = "is required") Influence influence,
        @Schema(example = "The city's AI systems in welfare services may be high-risk and need conformity work")
        @Size(max = 4000, message = "must be at most 4000 characters") String expectedImpact,
        @Schema(example = "Inventory of AI systems in use; guidance for administrations")
        @Size(max = 4000, message = "must be at most 4000 characters") String actions,
        @Schema(example = "Stadsledningskontoret", description = "defaults to the assessing unit")
        @Size(max = 200, message = "must be at most 200 characters") String responsibleUnit,
        @Schema(example = "2026-06-30") LocalDate dueDate,
        @Schema(example = "OPEN", description = "defaults to OPEN") AssessmentStatus status,
        @Size(max = 100, message = "must hold at most 100 ids") List<@NotNull(message = "must not be null") UUID> projectIds,
        @Size(max = 100, message = "must hold at most 100 ids") List<@NotNull(message = "must not be null") UUID> partnershipIds) {
}
