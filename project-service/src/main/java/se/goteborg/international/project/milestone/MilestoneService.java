package se.goteborg.international.project.milestone;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.events.contract.project.MilestoneDueSoon;
import se.goteborg.international.events.contract.project.MilestoneOverdue;
import se.goteborg.international.events.contract.project.ProjectEvents;
import se.goteborg.international.events.outbox.Outbox;
import se.goteborg.international.project.milestone.Milestone.MilestoneKind;
import se.goteborg.international.project.project.Project;
import se.goteborg.international.project.project.ProjectService;
import se.goteborg.international.service.problem.ApiException;

/** Milestones and reporting deadlines, and the check that announces those coming due or overdue. */
@Service
public class MilestoneService {

    /** How far ahead a milestone counts as coming due. */
    public static final int DUE_SOON_DAYS = 14;

    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final Outbox outbox;
    private final Clock clock;

    MilestoneService(JdbcClient jdbc, ProjectService projects, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Milestone add(UUID projectId, String ifMatch, String title, MilestoneKind kind, LocalDate dueDate) {
        Project project = projects.get(projectId);
        if (project.status().isClosed()) {
            throw ApiException.ruleViolated("project-closed", "status", "a " + project.status()
                    + " project takes no new milestones");
        }
        Milestone m = new Milestone(UUID.randomUUID(), projectId, title.strip(), kind, dueDate, null);
        jdbc.sql("""
                insert into milestone (id, project_id, title, kind, due_date, created_at)
                values (:id, :project, :title, :kind, :due, :now)""")
                .param("id", m.id()).param("project", projectId).param("title", m.title()).param("kind", kind.name())
                .param("due", dueDate).param("now", Timestamp.from(clock.instant())).update();
        projects.recordChange(projectId, ifMatch);
        return m;
    }

    @Transactional
    public Milestone markDone(UUID projectId, UUID milestoneId, LocalDate doneOn) {
        Milestone m = find(projectId, milestoneId);
        if (m.doneOn() != null) {
            throw ApiException.conflict("milestone-done", "this milestone was already marked done on " + m.doneOn());
        }
        jdbc.sql("update milestone set done_on = :done where id = :id").param("done", doneOn).param("id", milestoneId)
                .update();
        projects.recordChange(projectId, null);
        return new Milestone(m.id(), projectId, m.title(), m.kind(), m.dueDate(), doneOn);
    }

    @Transactional(readOnly = true)
    public List<Milestone> list(UUID projectId) {
        projects.get(projectId);
        return jdbc.sql("select * from milestone where project_id = :project order by due_date, title")
                .param("project", projectId).query(MilestoneService::map).list();
    }

    private Milestone find(UUID projectId, UUID milestoneId) {
        return jdbc.sql("select * from milestone where id = :id and project_id = :project")
                .param("id", milestoneId).param("project", projectId).query(MilestoneService::map).optional()
                .orElseThrow(() -> ApiException.notFound("milestone", milestoneId));
    }

    /**
     * Announces open milestones of live projects that come due within {@value #DUE_SOON_DAYS} days of
     * {@code today} or are past due. Each milestone is announced at most once per condition: the
     * announcement is recorded on the row in the same transaction as its event.
     *
     * @return how many events were written
     */
    @Transactional
    public int announceDueAndOverdue(LocalDate today) {
        String live = " and p.status not in ('REJECTED', 'COMPLETED', 'WITHDRAWN')";
        List<Milestone> dueSoon = jdbc.sql("""
                select m.* from milestone m join project p on p.id = m.project_id
                where m.done_on is null and m.due_soon_announced_at is null and m.overdue_announced_at is null
                  and m.due_date >= :today and m.due_date <= :horizon """ + live + " order by m.due_date for update of m")
                .param("today", today).param("horizon", today.plusDays(DUE_SOON_DAYS))
                .query(MilestoneService::map).list();
        List<Milestone> overdue = jdbc.sql("""
                select m.* from milestone m join project p on p.id = m.project_id
                where m.done_on is null and m.overdue_announced_at is null and m.due_date < :today """ + live
                + " order by m.due_date for update of m")
                .param("today", today).query(MilestoneService::map).list();
        Timestamp now = Timestamp.from(clock.instant());
        for (Milestone m : dueSoon) {
            Project p = projects.get(m.projectId());
            outbox.append(ProjectEvents.MILESTONE_DUE_SOON, p.id().toString(), new MilestoneDueSoon(p.id(), m.id(),
                    m.title(), m.kind().name(), m.dueDate(), (int) ChronoUnit.DAYS.between(today, m.dueDate()),
                    projects.snapshot(p)));
            jdbc.sql("update milestone set due_soon_announced_at = :now where id = :id").param("now", now)
                    .param("id", m.id()).update();
        }
        for (Milestone m : overdue) {
            Project p = projects.get(m.projectId());
            outbox.append(ProjectEvents.MILESTONE_OVERDUE, p.id().toString(), new MilestoneOverdue(p.id(), m.id(),
                    m.title(), m.kind().name(), m.dueDate(), (int) ChronoUnit.DAYS.between(m.dueDate(), today),
                    projects.snapshot(p)));
            jdbc.sql("update milestone set overdue_announced_at = :now where id = :id").param("now", now)
                    .param("id", m.id()).update();
        }
        return dueSoon.size() + overdue.size();
    }

    private static Milestone map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Milestone(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
                rs.getString("title"), MilestoneKind.valueOf(rs.getString("kind")),
                rs.getObject("due_date", LocalDate.class), rs.getObject("done_on", LocalDate.class));
    }
}
