package se.goteborg.international.project.project;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The list and export filters, from query parameters. */
public record ProjectQuery(
        @Parameter(example = "ONGOING") ProjectStatus status,
        @Parameter(example = "INTERREG_OKS") @Size(max = 50, message = "must be at most 50 characters") String programme,
        @Parameter(description = "lead unit name", example = "Business Region Göteborg AB") @Size(max = 200, message = "must be at most 200 characters") String unit,
        @Parameter(example = "BOLAG") UnitType unitType,
        @Parameter(description = "primary or other priority area", example = "BUSINESS_DEVELOPMENT") PriorityArea priorityArea,
        @Parameter(example = "NO") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as NO") String partnerCountry,
        @Parameter(description = "projects with a partner in this twin/partner-city partnership") UUID partnershipId,
        @Parameter(description = "projects whose period touches this year", example = "2025") @Min(value = 1950, message = "must be 1950 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
        @Parameter(description = "free text in title, acronym, description, call and benefit", example = "harbour") @Size(max = 200, message = "must be at most 200 characters") String q) {

    public ProjectFilter toFilter() {
        return new ProjectFilter(status, blank(programme), blank(unit), unitType, priorityArea, partnerCountry,
                partnershipId, year, blank(q));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
