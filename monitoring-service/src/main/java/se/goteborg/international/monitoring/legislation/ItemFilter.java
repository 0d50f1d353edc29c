package se.goteborg.international.monitoring.legislation;

import java.time.LocalDate;

/** Filters for listing watched items; every one optional. */
public record ItemFilter(Stage stage, ItemType type, String subject, String relevance, String unit,
                         LocalDate deadlineBefore, String text) {
}
