package se.goteborg.international.events.contract.project;

import java.util.UUID;

/**
 * A project moved in its lifecycle. Published for every transition (GRANTED also publishes
 * {@link ProjectGranted} with the decision).
 *
 * @param projectId  the aggregate id
 * @param fromStatus status before
 * @param toStatus   status after
 * @param reason     reason given (required for REJECTED), may be null
 * @param project    its state after the change
 */
public record ProjectStatusChanged(UUID projectId, String fromStatus, String toStatus, String reason,
                                   ProjectSnapshot project) {
}
