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
 * @param asOf         how current the figures are: they reflect events up to this one
 */
public record Overview(PartnershipCounts partnerships, Counts memberships, Counts projects, Counts openAlerts,
                       AsOf asOf) {

    /**
     * @param total    all partnerships counted
     * @param byKind   every known kind, 0 when there is none
     * @param byStatus every known status, 0 when there is none
     */
    public record PartnershipCounts(long total, java.util.Map<String, Long> byKind,
                                    java.util.Map<String, Long> byStatus) {
    }
}
