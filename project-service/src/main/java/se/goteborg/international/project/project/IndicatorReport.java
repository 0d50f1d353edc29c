package se.goteborg.international.project.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One dated actual value of an indicator. */
public record IndicatorReport(UUID id, String indicatorCode, LocalDate reportedOn, BigDecimal value, String note) {
}
