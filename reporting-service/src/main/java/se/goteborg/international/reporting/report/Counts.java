package se.goteborg.international.reporting.report;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A count and its breakdown by one key.
 *
 * @param total all counted
 * @param by    count per key (e.g. per status); known keys are listed with 0
 */
public record Counts(@Schema(example = "3") long total,
                     @Schema(example = "{\"ACTIVE\": 2, \"PROPOSED\": 1}") Map<String, Long> by) {
}
