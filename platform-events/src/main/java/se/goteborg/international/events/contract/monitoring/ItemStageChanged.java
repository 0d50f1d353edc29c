package se.goteborg.international.events.contract.monitoring;

/**
 * A watched item moved to another stage of the legislative process.
 *
 * @param item      the item's state after the change
 * @param fromStage the stage before
 * @param toStage   the stage after
 * @param changedBy who or what made the change
 * @param reason    why, in plain words; may be null
 */
public record ItemStageChanged(LegislationItemSnapshot item, String fromStage, String toStage, String changedBy,
                               String reason) {
}
