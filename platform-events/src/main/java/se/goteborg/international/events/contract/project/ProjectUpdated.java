package se.goteborg.international.events.contract.project;

import java.util.UUID;

/**
 * A project's details (title, budget, partners, indicators, milestones, …) were changed.
 *
 * @param projectId the aggregate id
 * @param project   its state after the change
 */
public record ProjectUpdated(UUID projectId, ProjectSnapshot project) {
}
