package se.goteborg.international.events.contract.project;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A milestone or reporting deadline comes due within 14 days. Published once per milestone.
 *
 * @param projectId   the aggregate id
 * @param milestoneId the milestone
 * @param title       what is due
 * @param kind        MILESTONE or REPORTING_DEADLINE
 * @param dueDate     when it is due
 * @param daysLeft    days from the check to the due date
 * @param project     the project's current state
 */
public record MilestoneDueSoon(UUID projectId, UUID milestoneId, String title, String kind, LocalDate dueDate,
                               int daysLeft, ProjectSnapshot project) {
}
