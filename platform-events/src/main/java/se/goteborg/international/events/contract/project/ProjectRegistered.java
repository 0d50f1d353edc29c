package se.goteborg.international.events.contract.project;

import java.util.UUID;

/**
 * A project was registered (it starts as IDEA).
 *
 * @param projectId the aggregate id
 * @param project   its state after registration
 */
public record ProjectRegistered(UUID projectId, ProjectSnapshot project) {
}
