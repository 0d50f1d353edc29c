package se.goteborg.international.events.contract.monitoring;

/**
 * A watched item's descriptive data (titles, references, subject areas, links) changed.
 *
 * @param item      the item's state after the change
 * @param changedBy who or what made the change (a user, "feed", "cellar")
 */
public record ItemUpdated(LegislationItemSnapshot item, String changedBy) {
}
