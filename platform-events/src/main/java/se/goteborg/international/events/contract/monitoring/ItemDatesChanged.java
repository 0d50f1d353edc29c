package se.goteborg.international.events.contract.monitoring;

import java.util.List;

/**
 * Key dates of a watched item changed.
 *
 * @param item      the item's state after the change
 * @param changes   each date that changed, from what to what
 * @param changedBy who or what made the change
 */
public record ItemDatesChanged(LegislationItemSnapshot item, List<DateChange> changes, String changedBy) {
}
