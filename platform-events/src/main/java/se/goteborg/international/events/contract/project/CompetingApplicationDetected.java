package se.goteborg.international.events.contract.project;

import java.util.UUID;

/**
 * Two units prepare applications (IDEA or APPLICATION_SUBMITTED) to the same call. Published once per
 * pair, keyed by {@code projectId} (the project whose change revealed the competition).
 *
 * @param projectId            the aggregate id
 * @param callIdentifier       the call both apply to
 * @param competingProjectId   the other project
 * @param competingTitle       the other project's title
 * @param competingUnitType    the other project's lead unit type
 * @param competingUnitName    the other project's lead unit name
 * @param project              this project's current state
 */
public record CompetingApplicationDetected(UUID projectId, String callIdentifier, UUID competingProjectId,
                                           String competingTitle, String competingUnitType,
                                           String competingUnitName, ProjectSnapshot project) {
}
