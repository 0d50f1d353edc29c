package se.goteborg.international.reporting.project;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import se.goteborg.international.reporting.readmodel.Applied;
import se.goteborg.international.reporting.readmodel.Projection;
import se.goteborg.international.reporting.readmodel.RowHistory;

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
        ProjectSnapshot s = snapshot(payload, e);
        LocalDate submittedOn = submittedOn(payload, e);
        if (s != null && view.upsert(gen, s, submittedOn, e)) {
            view.replaceDetails(gen, List.of(s));
        } else if (submittedOn != null) { // an older event still tells when the application went in
            view.submitted(gen, List.of(Map.entry(s.projectId(), submittedOn)));
        }
        MilestoneOverdue m = overdue(payload, e);
        view.milestonesOverdue(gen, m == null ? List.of() : List.of(m));
    }

    @Override
    public void check(Applied a) {
        snapshot(a.payload(), a.envelope());
        overdue(a.payload(), a.envelope());
    }

    /**
     * A rebuild poll: one upsert per project ({@link RowHistory}) with the earliest submission date of
     * its events, partner links and indicators from its newest snapshot; overdue milestones, which add
     * up, from every event.
     */
    @Override
    public void applyAll(int gen, List<Applied> events) {
        Map<UUID, RowHistory<ProjectSnapshot>> projects = new LinkedHashMap<>();
        for (Applied a : events) {
            ProjectSnapshot s = snapshot(a.payload(), a.envelope());
            overdue(a.payload(), a.envelope()); // checked before anything is written
            if (s != null) {
                projects.computeIfAbsent(s.projectId(), k -> new RowHistory<>()).add(a, s, s.status());
            }
        }
        List<RowHistory<ProjectSnapshot>> taken = new ArrayList<>();
        List<RowHistory<ProjectSnapshot>> oneByOne = RowHistory.write(projects.values(),
                histories -> view.upsert(gen, histories, h -> h.events().stream()
                        .map(a -> submittedOn(a.payload(), a.envelope())).filter(Objects::nonNull)
                        .min(LocalDate::compareTo).orElse(null)), taken);
        view.replaceDetails(gen, taken.stream().map(RowHistory::row).toList());
        view.milestonesOverdue(gen, taken.stream().flatMap(h -> h.events().stream())
                .map(a -> overdue(a.payload(), a.envelope())).filter(Objects::nonNull).toList());
        oneByOne.forEach(h -> h.events().forEach(a -> apply(gen, a.type(), a.payload(), a.envelope())));
    }

    /** The snapshot a project event carries (checked), or null for other payloads. */
    private static ProjectSnapshot snapshot(Object payload, EventEnvelope e) {
        if (payload instanceof ProjectRegistered p) {
            return checked(p.projectId(), p.project(), e);
        } else if (payload instanceof ProjectUpdated p) {
            return checked(p.projectId(), p.project(), e);
        } else if (payload instanceof ProjectStatusChanged p) {
            return checked(p.projectId(), p.project(), e);
        } else if (payload instanceof ProjectGranted p) {
            return checked(p.projectId(), p.project(), e);
        } else if (payload instanceof IndicatorReported p) {
            return checked(p.projectId(), p.project(), e);
        } else if (payload instanceof CompetingApplicationDetected p) {
            return checked(p.projectId(), p.project(), e);
        } else if (payload instanceof MilestoneDueSoon p) {
            return checked(p.projectId(), p.project(), e);
        } else if (payload instanceof MilestoneOverdue p) {
            return checked(p.projectId(), p.project(), e);
        }
        return null;
    }

    /** The date an event says the application was submitted on (it moved to APPLICATION_SUBMITTED), else null. */
    private static LocalDate submittedOn(Object payload, EventEnvelope e) {
        return payload instanceof ProjectStatusChanged p && "APPLICATION_SUBMITTED".equals(p.toStatus())
                ? LocalDate.ofInstant(e.time(), CITY) : null;
    }

    private static MilestoneOverdue overdue(Object payload, EventEnvelope e) {
        if (!(payload instanceof MilestoneOverdue p)) {
            return null;
        }
        if (p.milestoneId() == null || p.dueDate() == null) {
            throw malformed(e, "milestone lacks id or due date");
        }
        return p;
    }

    private static ProjectSnapshot checked(UUID id, ProjectSnapshot s, EventEnvelope e) {
        if (id == null || s == null || s.status() == null || s.title() == null || s.currency() == null) {
            throw malformed(e, "lacks project id, snapshot, status, title or currency");
        }
        if (!id.equals(s.projectId()) || !id.toString().equals(e.subject())) {
            throw malformed(e, "subject, projectId and snapshot disagree");
        }
        return s;
    }

    private static MalformedEventException malformed(EventEnvelope e, String why) {
        return new MalformedEventException(e.type() + " " + e.id() + ": " + why);
    }
}
