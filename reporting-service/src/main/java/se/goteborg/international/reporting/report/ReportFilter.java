package se.goteborg.international.reporting.report;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * The filters every report takes, bound from the query string and validated in one place. Null means "all".
 *
 * @param year         calendar year
 * @param unit         responsible or lead unit, exactly as named in the events
 * @param priorityArea priority area served
 */
public record ReportFilter(
        @Parameter(description = "Calendar year, 2000–2100", example = "2025")
        @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier")
        Integer year,
        @Parameter(description = "Only this responsible or lead unit", example = "Stadsledningskontoret")
        @Pattern(regexp = UNIT_PATTERN, message = UNIT_MESSAGE)
        String unit,
        @Parameter(description = "Only this priority area")
        PriorityArea priorityArea) {

    /** Unit names: letters (å, ä, ö too), digits, spaces and a little punctuation. */
    public static final String UNIT_PATTERN = "[\\p{L}\\p{N} .,&()'/-]{1,200}";
    public static final String UNIT_MESSAGE = "must be a unit name: 1–200 letters, digits, spaces or . , & ( ) ' / -";

    public static final ReportFilter NONE = new ReportFilter(null, null, null);

    public ReportFilter {
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public String area() {
        return priorityArea == null ? null : priorityArea.name();
    }

    /** First day of the year, or null without a year filter. */
    public LocalDate yearStart() {
        return year == null ? null : LocalDate.of(year, 1, 1);
    }

    /** Last day of the year, or null without a year filter. */
    public LocalDate yearEnd() {
        return year == null ? null : LocalDate.of(year, 12, 31);
    }
}
