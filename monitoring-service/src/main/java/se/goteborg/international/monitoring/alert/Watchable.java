package se.goteborg.international.monitoring.alert;

import java.util.List;
import java.util.UUID;

/**
 * What subscriptions are matched against: an item, assessment or consultation, described by its
 * subject areas and the text keywords are looked for in.
 *
 * @param subjectType  ITEM, ASSESSMENT or CONSULTATION
 * @param subjectId    its id
 * @param itemId       the watched item concerned (for item subscriptions); may be null
 * @param subjectAreas lower-case subject areas or topics
 * @param text         titles and references keywords are matched in
 */
public record Watchable(String subjectType, UUID subjectId, UUID itemId, List<String> subjectAreas, String text) {
}
