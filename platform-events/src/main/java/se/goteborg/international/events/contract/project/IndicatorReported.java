package se.goteborg.international.events.contract.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An actual value was reported for one of a project's indicators.
 *
 * @param projectId     the aggregate id
 * @param indicatorCode the indicator, e.g. RCO87
 * @param value         the actual value reported
 * @param reportedOn    the date the value refers to
 * @param project       its state after the report
 */
public record IndicatorReported(UUID projectId, String indicatorCode, BigDecimal value, LocalDate reportedOn,
                                ProjectSnapshot project) {
}
