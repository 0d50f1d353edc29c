package se.goteborg.international.project.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.events.contract.project.CompetingApplicationDetected;
import se.goteborg.international.events.contract.project.IndicatorReported;
import se.goteborg.international.events.contract.project.ProjectEvents;
import se.goteborg.international.events.contract.project.ProjectGranted;
import se.goteborg.international.events.contract.project.ProjectRegistered;
import se.goteborg.international.events.contract.project.ProjectSnapshot;
import se.goteborg.international.events.contract.project.ProjectStatusChanged;
import se.goteborg.international.events.contract.project.ProjectUpdated;
import se.goteborg.international.events.outbox.Outbox;
import se.goteborg.international.project.project.ProjectRepository.Competitor;
import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.api.PageResponse;
import se.goteborg.international.service.api.Versions;
import se.goteborg.international.service.audit.AuditTrail;
import se.goteborg.international.service.problem.ApiException;
import se.goteborg.international.service.security.Actor;
import se.goteborg.international.service.security.CurrentActor;

/**
 * Use cases on projects. Each runs in one transaction: the change, its events (through the outbox)
 * and any competition found commit together or not at all.
 */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final IndicatorReportRepository reports;
    private final Outbox outbox;
    private final Clock clock;

    private final CurrentActor actors;
    private final AuditTrail audit;

    ProjectService(ProjectRepository projects, IndicatorReportRepository reports, Outbox outbox, Clock clock,
                   CurrentActor actors, AuditTrail audit) {
        this.actors = actors;
        this.audit = audit;
        this.projects = projects;
        this.reports = reports;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Project register(ProjectDetails details) {
        Actor by = actors.getOrSystem("project-service");
        by.requireMayChange("a project led by " + details.leadUnit().name(), List.of(details.leadUnit().name()));
        boolean euFunded = requireProgramme(details.programme());
        Project project = Project.register(details, clock.instant());
        projects.insert(project, clock.instant());
        // built once: the event, any competition notice and the audit entry carry the same state
        ProjectSnapshot state = project.snapshot(euFunded, !projects.competitors(project).isEmpty());
        outbox.append(ProjectEvents.REGISTERED, key(project), new ProjectRegistered(project.id(), state));
        announceCompetition(project, state);
        audit.record("project", project.id(), "register", by, null, audited(project, state));
        return project;
    }

    @Transactional
    public Project update(UUID id, String ifMatch, ProjectDetails details) {
        Project current = load(id, ifMatch);
        Actor by = requireMayChange(current);
        by.requireMayChange("a project led by " + details.leadUnit().name(), List.of(details.leadUnit().name()));
        if (!details.programme().equals(current.details().programme())) {
            requireProgramme(details.programme());
        }
        Project changed = save(current.update(details));
        ProjectSnapshot state = snapshot(changed);
        outbox.append(ProjectEvents.UPDATED, key(changed), new ProjectUpdated(id, state));
        announceCompetition(changed, state);
        audit.record("project", id, "update", by, audited(current), audited(changed, state));
        return changed;
    }

    /** Submit, start, complete or withdraw. */
    @Transactional
    public Project moveTo(UUID id, String ifMatch, ProjectStatus target, String reason) {
        Project current = load(id, ifMatch);
        Actor by = requireMayChange(current);
        Project changed = save(current.moveTo(target));
        ProjectSnapshot state = snapshot(changed);
        statusChanged(current, changed, state, reason);
        announceCompetition(changed, state);
        audit.record("project", id, "moveTo", by, audited(current), audited(changed, state));
        return changed;
    }

    @Transactional
    public Project grant(UUID id, String ifMatch, LocalDate decisionDate, BigDecimal amount) {
        Project current = load(id, ifMatch);
        Actor by = requireMayChange(current);
        Project changed = save(current.grant(decisionDate, amount));
        ProjectSnapshot state = snapshot(changed);
        statusChanged(current, changed, state, null);
        outbox.append(ProjectEvents.GRANTED, key(changed), new ProjectGranted(id, amount,
                changed.details().budget().currency().name(), decisionDate, state));
        audit.record("project", id, "grant", by, audited(current), audited(changed, state));
        return changed;
    }

    @Transactional
    public Project reject(UUID id, String ifMatch, String reason) {
        Project current = load(id, ifMatch);
        Actor by = requireMayChange(current);
        Project changed = save(current.reject(reason));
        ProjectSnapshot state = snapshot(changed);
        statusChanged(current, changed, state, changed.rejectionReason());
        audit.record("project", id, "reject", by, audited(current), audited(changed, state));
        return changed;
    }

    @Transactional
    public Project addIndicator(UUID id, String ifMatch, Indicator indicator) {
        Project current = load(id, ifMatch);
        Actor by = requireMayChange(current);
        Project changed = save(current.addIndicator(indicator));
        ProjectSnapshot state = snapshot(changed);
        outbox.append(ProjectEvents.UPDATED, key(changed), new ProjectUpdated(id, state));
        audit.record("project", id, "addIndicator", by, audited(current), audited(changed, state));
        return changed;
    }

    @Transactional
    public IndicatorReport reportActual(UUID id, String code, LocalDate reportedOn, BigDecimal value, String note) {
        Project current = load(id, null);
        Actor by = requireMayChange(current);
        Project changed = save(current.reportActual(code, value, reportedOn));
        IndicatorReport report = new IndicatorReport(UUID.randomUUID(), code, reportedOn, value, note);
        reports.insert(id, report, clock.instant());
        ProjectSnapshot state = snapshot(changed);
        outbox.append(ProjectEvents.INDICATOR_REPORTED, key(changed),
                new IndicatorReported(id, code, value, reportedOn, state));
        audit.record("project", id, "reportActual", by, audited(current), audited(changed, state));
        return report;
    }

    /**
     * A change to something that belongs to the project but lives beside it (e.g. a milestone):
     * bumps the project's version and announces the update. Call inside the change's transaction.
     */
    @Transactional
    public Project recordChange(UUID id, String ifMatch) {
        Project current = load(id, ifMatch);
        Actor by = requireMayChange(current);
        Project changed = save(current);
        ProjectSnapshot state = snapshot(changed);
        outbox.append(ProjectEvents.UPDATED, key(changed), new ProjectUpdated(id, state));
        audit.record("project", id, "recordChange", by, audited(current), audited(changed, state));
        return changed;
    }

    @Transactional(readOnly = true)
    public Project get(UUID id) {
        return projects.find(id).orElseThrow(() -> ApiException.notFound("project", id));
    }

    @Transactional(readOnly = true)
    public List<IndicatorReport> reports(UUID id) {
        get(id);
        return reports.list(id);
    }

    /** No transaction of its own: one query at most, none (and no connection taken) for a project without a call. */
    public List<Competitor> competitors(Project project) {
        return projects.competitors(project);
    }

    @Transactional(readOnly = true)
    public PageResponse<Project> list(ProjectFilter filter, PageRequest page) {
        return PageResponse.of(projects.list(filter, page.offset(), page.size()), page, projects.count(filter));
    }

    /** The whole filtered list, for exports; refuses more than {@code max} rows rather than running out of memory. */
    @Transactional(readOnly = true)
    public List<Project> listAll(ProjectFilter filter, int max) {
        long count = projects.count(filter);
        if (count > max) {
            throw ApiException.ruleViolated("export-too-large", null, count + " projects match; narrow the filters to "
                    + max + " or fewer");
        }
        return projects.list(filter, 0, max);
    }

    /** What the audit trail compares: the event's snapshot, and the description, which staff edit but no event carries. */
    record AuditedProject(@JsonUnwrapped ProjectSnapshot snapshot, String description) {
    }

    private static AuditedProject audited(Project p, ProjectSnapshot snapshot) {
        return new AuditedProject(snapshot, p.details().description());
    }

    /** The state before a change, as the audit trail compares it. */
    private AuditedProject audited(Project p) {
        return audited(p, snapshot(p));
    }

    /** The state events carry, with what the project store knows beside the aggregate. */
    public ProjectSnapshot snapshot(Project p) {
        return p.snapshot(projects.programmeIsEu(p.details().programme()), !projects.competitors(p).isEmpty());
    }

    private void statusChanged(Project before, Project after, ProjectSnapshot state, String reason) {
        outbox.append(ProjectEvents.STATUS_CHANGED, key(after), new ProjectStatusChanged(after.id(),
                before.status().name(), after.status().name(), reason, state));
    }

    /** Each pair of competing applications is announced once, on the project whose change revealed it. */
    private void announceCompetition(Project project, ProjectSnapshot state) {
        Instant now = clock.instant();
        for (Competitor other : projects.competitors(project)) {
            if (projects.markCompetitionAnnounced(project.id(), other.projectId(), project.details().callIdentifier(), now)) {
                outbox.append(ProjectEvents.COMPETING_APPLICATION_DETECTED, key(project),
                        new CompetingApplicationDetected(project.id(), project.details().callIdentifier(),
                                other.projectId(), other.title(), other.leadUnitType(), other.leadUnitName(),
                                state));
            }
        }
    }

    /** Only the international office, a client with the write scope, or an editor of the lead unit may change a project. */
    private Actor requireMayChange(Project project) {
        Actor by = actors.getOrSystem("project-service");
        by.requireMayChange("project " + project.id(), List.of(project.details().leadUnit().name()));
        return by;
    }

    private Project load(UUID id, String ifMatch) {
        Project current = get(id);
        Versions.requireMatch(ifMatch, current.version());
        return current;
    }

    private Project save(Project p) {
        long version = projects.update(p, clock.instant());
        return new Project(p.id(), p.details(), p.status(), p.grantedAmount(), p.grantDecisionDate(),
                p.rejectionReason(), p.indicators(), version, p.createdAt());
    }

    /** Refuses a programme not on the managed list; returns whether it is EU-funded (one lookup for both). */
    private boolean requireProgramme(String code) {
        Boolean euFunded = code == null ? null : projects.activeProgrammeIsEu(code);
        if (euFunded == null) {
            throw ApiException.ruleViolated("unknown-programme", "programme", "'" + code
                    + "' is not a funding programme on the managed list (see GET /api/projects/programmes)");
        }
        return euFunded;
    }

    private static String key(Project p) {
        return p.id().toString();
    }
}
