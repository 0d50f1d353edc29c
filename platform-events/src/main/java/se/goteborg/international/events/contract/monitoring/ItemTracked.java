package se.goteborg.international.events.contract.monitoring;

/**
 * A new item is watched.
 *
 * @param item   the item's state
 * @param origin MANUAL (added by a user), FEED (a EUR-Lex feed) or DEMO
 */
public record ItemTracked(LegislationItemSnapshot item, String origin) {
}
