package se.goteborg.international.reporting.partnership;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Partnerships counted by kind and by status.
 *
 * @param total    all partnerships counted
 * @param byKind   every known kind, 0 when there is none
 * @param byStatus the statuses that occur
 */
public record PartnershipCounts(
        @Schema(example = "3") long total,
        @Schema(example = "{\"TWIN_CITY\": 2, \"PARTNER_CITY\": 1}") Map<String, Long> byKind,
        @Schema(example = "{\"PROPOSED\": 3}") Map<String, Long> byStatus) {
}
