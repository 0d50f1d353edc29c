package se.goteborg.international.project.milestone;

import java.time.LocalDate;
import java.util.UUID;

/** A milestone or reporting deadline of a project. */
public record Milestone(UUID id, UUID projectId, String title, MilestoneKind kind, LocalDate dueDate, LocalDate doneOn) {

    public enum MilestoneKind {
        MILESTONE, REPORTING_DEADLINE
    }
}
