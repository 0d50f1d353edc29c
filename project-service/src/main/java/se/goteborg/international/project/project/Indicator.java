package se.goteborg.international.project.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator of a project with its target and the latest actual value reported. */
public record Indicator(String code, String name, String unit, BigDecimal baseline, BigDecimal target,
                        BigDecimal latestActual, LocalDate latestReportedOn) {

    public Indicator withActual(BigDecimal value, LocalDate reportedOn) {
        if (latestReportedOn != null && reportedOn.isBefore(latestReportedOn)) {
            return this; // an older report does not replace the latest one
        }
        return new Indicator(code, name, unit, baseline, target, value, reportedOn);
    }
}
