package se.goteborg.international.monitoring.legislation;

import java.time.Instant;

/** One recorded change of a watched item: which field, from what, to what, by whom, when, why. */
public record HistoryEntry(String field, String from, String to, String changedBy, String reason, Instant changedAt) {
}
