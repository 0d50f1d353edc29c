package se.goteborg.international.events.contract.project;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A milestone or reporting deadline passed without being marked done. Published once per milestone.
 *
 * @param projectId   the aggregate id
 * @param milestoneId the milestone
 * @param title       what was due
 * @param kind        MILESTONE or REPORTING_DEADLINE
 * @param dueDate     when it was due
 * @param daysOverdue days past the due date at the check
 * @param project     the project's current state
 */
public record MilestoneOverdue(UUID projectId, UUID milestoneId, String title, String kind, LocalDate dueDate,
                               int daysOverdue, ProjectSnapshot project) {
}
