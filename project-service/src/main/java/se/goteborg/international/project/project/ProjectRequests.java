package se.goteborg.international.project.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the project API (shape only; the business rules live in {@link Project}). */
final class ProjectRequests {

    private ProjectRequests() {
    }

    static final String REQUIRED = "is required";
    static final String MONEY = "must be a number with at most 13 digits and 2 decimals";

    /** A project's details, to register it or to replace them (PUT). */
    record ProjectRequest(
            @Schema(example = "Green Harbour Logistics") @NotBlank(message = REQUIRED) @Size(max = 300, message = "must be at most 300 characters") String title,
            @Schema(example = "GREENHARB") @Size(max = 50, message = "must be at most 50 characters") String acronym,
            @Schema(example = "Low-emission last-mile logistics around the port of Gothenburg.") @Size(max = 10000, message = "must be at most 10000 characters") String description,
            @Valid LeadUnitRequest leadUnit,
            @Schema(example = "BUSINESS_DEVELOPMENT") @NotNull(message = REQUIRED) PriorityArea primaryPriorityArea,
            @Schema(example = "[\"OWN_OPERATIONS\"]") @Size(max = 3, message = "must name at most 3 areas") List<@NotNull(message = REQUIRED) PriorityArea> otherPriorityAreas,
            @Schema(example = "INTERREG_OKS", description = "code from GET /api/projects/programmes") @NotBlank(message = REQUIRED) @Size(max = 50, message = "must be at most 50 characters") String programme,
            @Schema(example = "HORIZON-CL5-2024-D4-01") @Size(max = 100, message = "must be at most 100 characters") String callIdentifier,
            @Schema(example = "2025-01-01") @NotNull(message = REQUIRED) LocalDate startDate,
            @Schema(example = "2027-12-31") @NotNull(message = REQUIRED) LocalDate endDate,
            @NotNull(message = REQUIRED) @Valid BudgetRequest budget,
            @Size(max = 100, message = "must list at most 100 partners") List<@NotNull(message = REQUIRED) @Valid PartnerRequest> partners,
            @Schema(example = "New contacts for Gothenburg's logistics companies and lower emissions in the city centre.") @Size(max = 5000, message = "must be at most 5000 characters") String benefitForGothenburg,
            @Schema(example = "[\"32021R1060\"]") @Size(max = 50, message = "must list at most 50 acts") List<@NotNull(message = REQUIRED) @Size(max = 30, message = "must be at most 30 characters") String> celexNumbers) {

        ProjectDetails toDetails() {
            return new ProjectDetails(title.strip(), blankToNull(acronym), blankToNull(description),
                    leadUnit == null ? null : new LeadUnit(leadUnit.type(), leadUnit.name().strip()),
                    primaryPriorityArea, otherPriorityAreas, programme.strip(), callIdentifier, startDate, endDate,
                    new Budget(budget.currency(), budget.total(), budget.externalGrant(), budget.ownContribution(),
                            budget.ownStaffTime() == null ? BigDecimal.ZERO : budget.ownStaffTime()),
                    partners == null ? List.of() : partners.stream().map(p -> new Partner(p.name().strip(),
                            p.countryCode(), blankToNull(p.city()), p.role(), p.partnershipId())).toList(),
                    blankToNull(benefitForGothenburg), celexNumbers == null ? List.of()
                    : celexNumbers.stream().map(String::strip).toList());
        }
    }

    record LeadUnitRequest(
            @Schema(example = "BOLAG") @NotNull(message = REQUIRED) UnitType type,
            @Schema(example = "Business Region Göteborg AB") @NotBlank(message = REQUIRED) @Size(max = 200, message = "must be at most 200 characters") String name) {
    }

    record BudgetRequest(
            @Schema(example = "EUR") @NotNull(message = REQUIRED) CurrencyCode currency,
            @Schema(example = "1200000.00") @NotNull(message = REQUIRED) @PositiveOrZero(message = "must not be negative") @Digits(integer = 13, fraction = 2, message = MONEY) BigDecimal total,
            @Schema(example = "780000.00") @NotNull(message = REQUIRED) @PositiveOrZero(message = "must not be negative") @Digits(integer = 13, fraction = 2, message = MONEY) BigDecimal externalGrant,
            @Schema(example = "420000.00") @NotNull(message = REQUIRED) @PositiveOrZero(message = "must not be negative") @Digits(integer = 13, fraction = 2, message = MONEY) BigDecimal ownContribution,
            @Schema(example = "300000.00", description = "part of ownContribution that is staff time; 0 if omitted") @PositiveOrZero(message = "must not be negative") @Digits(integer = 13, fraction = 2, message = MONEY) BigDecimal ownStaffTime) {
    }

    record PartnerRequest(
            @Schema(example = "Bergen kommune") @NotBlank(message = REQUIRED) @Size(max = 300, message = "must be at most 300 characters") String name,
            @Schema(example = "NO") @NotNull(message = REQUIRED) @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as NO or FI") String countryCode,
            @Schema(example = "Bergen") @Size(max = 200, message = "must be at most 200 characters") String city,
            @Schema(example = "PARTNER") @NotNull(message = REQUIRED) PartnerRole role,
            @Schema(example = "5b0e1c3e-2a5f-4c1e-9f7a-0d1b2c3d4e5f", description = "the twin/partner-city partnership (partnership-service id), if any") UUID partnershipId) {
    }

    record GrantRequest(
            @Schema(example = "2025-03-14") @NotNull(message = REQUIRED) LocalDate decisionDate,
            @Schema(example = "780000.00") @NotNull(message = REQUIRED) @PositiveOrZero(message = "must not be negative") @Digits(integer = 13, fraction = 2, message = MONEY) BigDecimal grantedAmount) {
    }

    record ReasonRequest(
            @Schema(example = "The call was oversubscribed; score 11/15 below the threshold 12.") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }

    record IndicatorRequest(
            @Schema(example = "RCO87") @NotBlank(message = REQUIRED) @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}", message = "must be 2–30 capital letters, digits or _ starting with a letter, e.g. RCO87") String code,
            @Schema(example = "Organisations cooperating across borders", description = "may be omitted for a code from GET /api/projects/indicator-codes") @Size(max = 200, message = "must be at most 200 characters") String name,
            @Schema(example = "organisations") @Size(max = 50, message = "must be at most 50 characters") String unit,
            @Schema(example = "0") @NotNull(message = REQUIRED) @PositiveOrZero(message = "must not be negative") @Digits(integer = 13, fraction = 2, message = MONEY) BigDecimal baseline,
            @Schema(example = "12") @NotNull(message = REQUIRED) @PositiveOrZero(message = "must not be negative") @Digits(integer = 13, fraction = 2, message = MONEY) BigDecimal target) {
    }

    record ReportRequest(
            @Schema(example = "2025-06-30") @NotNull(message = REQUIRED) LocalDate reportedOn,
            @Schema(example = "5") @NotNull(message = REQUIRED) @PositiveOrZero(message = "must not be negative") @Digits(integer = 13, fraction = 2, message = MONEY) BigDecimal value,
            @Schema(example = "Five partner organisations signed the cooperation agreement.") @Size(max = 2000, message = "must be at most 2000 characters") String note) {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
