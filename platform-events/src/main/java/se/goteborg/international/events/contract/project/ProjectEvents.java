package se.goteborg.international.events.contract.project;

import java.util.List;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.Topics;

/** The events project-service publishes, all on {@link Topics#PROJECT_EVENTS}, keyed by project id. */
public final class ProjectEvents {

    public static final List<EventType<?>> ALL = List.of();

    private ProjectEvents() {
    }
}
