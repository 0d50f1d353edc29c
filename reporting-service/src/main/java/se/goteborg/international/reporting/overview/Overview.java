package se.goteborg.international.reporting.overview;

import se.goteborg.international.reporting.partnership.PartnershipCounts;
import se.goteborg.international.reporting.readmodel.ReadModelProgress.AsOf;

/**
 * The platform at a glance.
 *
 * @param partnerships partnership counts
 * @param asOf         how current the figures are: they reflect events up to this point
 */
public record Overview(PartnershipCounts partnerships, AsOf asOf) {
}
