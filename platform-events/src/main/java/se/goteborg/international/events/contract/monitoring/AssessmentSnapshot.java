package se.goteborg.international.events.contract.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A unit's assessment of a watched item, as it stands after a change.
 *
 * @param assessmentId    the aggregate id (also the Kafka key)
 * @param itemId          the watched item assessed
 * @param celex           the item's CELEX number, if any, so consumers need not look it up
 * @param unit            the assessing unit (nämnd, förvaltning or bolag)
 * @param relevance       HIGH, MEDIUM, LOW or NONE
 * @param influence       LEGAL, POLITICAL or BOTH: how the item binds the unit
 * @param expectedImpact  expected impact in plain words
 * @param actions         actions to take
 * @param responsibleUnit the unit responsible for the actions
 * @param dueDate         when the actions are due; may be null
 * @param status          OPEN, IN_PROGRESS or DONE
 * @param projectIds      affected projects (ids from project-service events)
 * @param partnershipIds  affected partnerships (ids from partnership-service events)
 */
public record AssessmentSnapshot(UUID assessmentId, UUID itemId, String celex, String unit, String relevance,
                                 String influence, String expectedImpact, String actions, String responsibleUnit,
                                 LocalDate dueDate, String status, List<UUID> projectIds, List<UUID> partnershipIds) {
}
