package se.goteborg.international.partnership.partnership;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A request to register a partnership with a foreign city. */
public record ProposePartnershipRequest(
        @Schema(example = "TWIN_CITY") @NotNull(message = "is required") PartnershipKind kind,
        @Schema(example = "Bergen") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String cityName,
        @Schema(example = "NO") @NotNull(message = "is required")
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SE or NO") String countryCode) {
}
