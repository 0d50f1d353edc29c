package se.goteborg.international.reporting.rebuild;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The latest rebuild and how far it is.
 *
 * @param runId            the run
 * @param generation       the generation it fills
 * @param status           NONE (never run), RUNNING, SWITCHED (done and serving) or FAILED
 * @param startedAt        when it started
 * @param finishedAt       when it switched or failed
 * @param recordsTarget    records on the topics at the start: the rebuild reads up to there
 * @param recordsRead      records read so far
 * @param error            why it failed
 * @param activeGeneration the generation serving reports now
 */
public record RebuildProgress(@Schema(example = "3") long runId, @Schema(example = "2") int generation,
                              @Schema(example = "RUNNING") String status, Instant startedAt, Instant finishedAt,
                              @Schema(example = "125000") long recordsTarget,
                              @Schema(example = "40000") long recordsRead, String error,
                              @Schema(example = "1") int activeGeneration) {

    @Schema(example = "32.0", description = "recordsRead as a percentage of recordsTarget")
    public double percent() {
        return recordsTarget == 0 ? (status.equals("RUNNING") ? 0 : 100) : Math.min(100, 100.0 * recordsRead / recordsTarget);
    }
}
