package se.goteborg.international.reporting.project;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.contract.project.CompetingApplicationDetected;
import se.goteborg.international.events.contract.project.IndicatorReported;
import se.goteborg.international.events.contract.project.MilestoneDueSoon;
import se.goteborg.international.events.contract.project.MilestoneOverdue;
import se.goteborg.international.events.contract.project.ProjectEvents;
import se.goteborg.international.events.contract.project.ProjectGranted;
import se.goteborg.international.events.contract.project.ProjectRegistered;
import se.goteborg.international.events.contract.project.ProjectSnapshot;
import se.goteborg.international.events.contract.project.ProjectStatusChanged;
import se.goteborg.international.events.contract.project.ProjectUpdated;
import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.events.envelope.MalformedEventException;
import se.goteborg.international.reporting.readmodel.Projection;

/**
 * Project events onto the project, indicator, partnership-link and overdue-milestone read models.
 * Every project event carries the {@link ProjectSnapshot}, so each is an upsert of the whole project.
 */
@Component
class ProjectProjection implements Projection {

    static final String READ_MODEL = "project";
    /** Dates derived from event times are the city's calendar dates. */
    static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    private final ProjectView view;

    ProjectProjection(ProjectView view) {
        this.view = view;
    }

    @Override
    public String readModel() {
        return READ_MODEL;
    }

    @Override
    public Set<EventType<?>> types() {
        return Set.copyOf(ProjectEvents.ALL);
    }

    @Override
    public void apply(int gen, EventType<?> type, Object payload, EventEnvelope e) {
        if (payload instanceof ProjectRegistered p) {
            upsert(gen, p.projectId(), p.project(), e);
        } else if (payload instanceof ProjectUpdated p) {
            upsert(gen, p.projectId(), p.project(), e);
        } else if (payload instanceof ProjectStatusChanged p) {
            upsert(gen, p.projectId(), p.project(), e);
            if ("APPLICATION_SUBMITTED".equals(p.toStatus())) {
                view.submitted(gen, p.projectId(), LocalDate.ofInstant(e.time(), CITY));
            }
        } else if (payload instanceof ProjectGranted p) {
            upsert(gen, p.projectId(), p.project(), e);
        } else if (payload instanceof IndicatorReported p) {
            upsert(gen, p.projectId(), p.project(), e);
        } else if (payload instanceof CompetingApplicationDetected p) {
            upsert(gen, p.projectId(), p.project(), e);
        } else if (payload instanceof MilestoneDueSoon p) {
            upsert(gen, p.projectId(), p.project(), e);
        } else if (payload instanceof MilestoneOverdue p) {
            upsert(gen, p.projectId(), p.project(), e);
            if (p.milestoneId() == null || p.dueDate() == null) {
                throw malformed(e, "milestone lacks id or due date");
            }
            view.milestoneOverdue(gen, p.projectId(), p.milestoneId(), p.title(), p.kind(), p.dueDate());
        }
    }

    private void upsert(int gen, UUID id, ProjectSnapshot s, EventEnvelope e) {
        if (id == null || s == null || s.status() == null || s.title() == null || s.currency() == null) {
            throw malformed(e, "lacks project id, snapshot, status, title or currency");
        }
        if (!id.equals(s.projectId()) || !id.toString().equals(e.subject())) {
            throw malformed(e, "subject, projectId and snapshot disagree");
        }
        if (view.upsert(gen, s, e)) {
            view.replaceDetails(gen, s);
        }
    }

    private static MalformedEventException malformed(EventEnvelope e, String why) {
        return new MalformedEventException(e.type() + " " + e.id() + ": " + why);
    }
}
