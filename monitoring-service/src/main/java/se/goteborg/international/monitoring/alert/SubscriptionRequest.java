package se.goteborg.international.monitoring.alert;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A unit subscribes to a subject area, a keyword, or one item (value = the item's id). */
public record SubscriptionRequest(
        @Schema(example = "Stadsledningskontoret") @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters") String unit,
        @Schema(example = "SUBJECT_AREA") @NotNull(message = "is required") SubscriptionKind kind,
        @Schema(example = "artificial intelligence", description = "a subject area, a keyword (at least 3 characters) or an item id")
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String value) {
}
