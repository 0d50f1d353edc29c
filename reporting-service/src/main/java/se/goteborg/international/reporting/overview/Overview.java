package se.goteborg.international.reporting.overview;

import se.goteborg.international.reporting.readmodel.ReadModelProgress.AsOf;
import se.goteborg.international.reporting.report.Counts;

/**
 * The platform at a glance.
 *
 * @param partnerships partnerships by kind and by status
 * @param memberships  memberships by status
 * @param projects     projects by status
 * @param openAlerts   alerts raised, by reason (the events carry no "resolved": every raised alert counts)
 * @param projectsByUnitAndArea projects of every status and funding by lead unit and priority area; a project
 *                     counts once in each area it serves (its main one and the others)
 * @param asOf         how current the figures are: they reflect events up to this one
 */
public record Overview(PartnershipCounts partnerships, Counts memberships, Counts projects, Counts openAlerts,
                       java.util.List<UnitAreaCount> projectsByUnitAndArea, AsOf asOf) {

    /**
     * @param unit         the lead unit as the project names it; null when none is given
     * @param priorityArea null for projects that name no priority area
     */
    public record UnitAreaCount(String unit, String priorityArea, long projects) {
    }

    /**
     * @param total    all partnerships counted
     * @param byKind   every known kind, 0 when there is none
     * @param byStatus every known status, 0 when there is none
     */
    public record PartnershipCounts(long total, java.util.Map<String, Long> byKind,
                                    java.util.Map<String, Long> byStatus) {
    }
}
