package se.goteborg.international.events.contract.monitoring;

/**
 * One key date that changed.
 *
 * @param field the date's name, e.g. transpositionDeadline
 * @param from  the value before (ISO dates; several entry-into-force dates comma-separated); null if unset
 * @param to    the value after; null if removed
 */
public record DateChange(String field, String from, String to) {
}
