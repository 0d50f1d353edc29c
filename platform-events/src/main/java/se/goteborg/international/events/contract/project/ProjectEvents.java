package se.goteborg.international.events.contract.project;

import java.util.List;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.Topics;

/**
 * The events project-service publishes, all on {@link Topics#PROJECT_EVENTS}, keyed by project id.
 * Each carries the project's {@link ProjectSnapshot}, so a consumer can upsert from any one of them.
 */
public final class ProjectEvents {

    public static final EventType<ProjectRegistered> REGISTERED =
            new EventType<>("project.registered", 1, Topics.PROJECT_EVENTS, ProjectRegistered.class);
    public static final EventType<ProjectUpdated> UPDATED =
            new EventType<>("project.updated", 1, Topics.PROJECT_EVENTS, ProjectUpdated.class);
    public static final EventType<ProjectStatusChanged> STATUS_CHANGED =
            new EventType<>("project.status-changed", 1, Topics.PROJECT_EVENTS, ProjectStatusChanged.class);
    public static final EventType<ProjectGranted> GRANTED =
            new EventType<>("project.granted", 1, Topics.PROJECT_EVENTS, ProjectGranted.class);
    public static final EventType<IndicatorReported> INDICATOR_REPORTED =
            new EventType<>("project.indicator-reported", 1, Topics.PROJECT_EVENTS, IndicatorReported.class);
    public static final EventType<MilestoneDueSoon> MILESTONE_DUE_SOON =
            new EventType<>("project.milestone-due-soon", 1, Topics.PROJECT_EVENTS, MilestoneDueSoon.class);
    public static final EventType<MilestoneOverdue> MILESTONE_OVERDUE =
            new EventType<>("project.milestone-overdue", 1, Topics.PROJECT_EVENTS, MilestoneOverdue.class);
    public static final EventType<CompetingApplicationDetected> COMPETING_APPLICATION_DETECTED =
            new EventType<>("project.competing-application-detected", 1, Topics.PROJECT_EVENTS,
                    CompetingApplicationDetected.class);

    public static final List<EventType<?>> ALL = List.of(REGISTERED, UPDATED, STATUS_CHANGED, GRANTED,
            INDICATOR_REPORTED, MILESTONE_DUE_SOON, MILESTONE_OVERDUE, COMPETING_APPLICATION_DETECTED);

    private ProjectEvents() {
    }
}
