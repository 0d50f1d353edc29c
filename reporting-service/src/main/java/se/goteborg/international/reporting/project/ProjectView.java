package se.goteborg.international.reporting.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.goteborg.international.events.contract.project.MilestoneOverdue;
import se.goteborg.international.events.contract.project.ProjectSnapshot;
import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.reporting.readmodel.RowHistory;

import static se.goteborg.international.reporting.readmodel.Sql.array;
import static se.goteborg.international.reporting.readmodel.Sql.list;
import static se.goteborg.international.reporting.readmodel.Sql.ts;

/** Writes of the project read models; rows only ever move forward in (event time, event id). */
@Repository
class ProjectView {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ProjectView(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Returns whether the row took the event (it did not when it already reflects a later one); a taken
     * event's submission date ({@code submittedOn}, may be null) is kept if it is the earliest.
     */
    boolean upsert(int gen, ProjectSnapshot s, LocalDate submittedOn, EventEnvelope e) {
        if (upsert(gen, List.of(RowHistory.of(s, s.status(), e)), h -> submittedOn)[0] == 1) {
            return true; // inserted, or newer than every event the row saw: first_seen is already <= its time
        }
        jdbc.sql("update project_view set first_seen = :time where gen = :gen and project_id = :id and first_seen > :time")
                .param("gen", gen).param("id", s.projectId()).param("time", ts(e.time())).update();
        return false;
    }

    /**
     * One upsert per history, batched; the update counts in order (0: the row holds a newer event). The
     * row keeps the earliest submission date of its own and the history's ({@code submittedOn}, may be null).
     */
    int[] upsert(int gen, List<RowHistory<ProjectSnapshot>> histories,
                 Function<RowHistory<ProjectSnapshot>, LocalDate> submittedOn) {
        return batch.batchUpdate("""
                insert into project_view as v (gen, project_id, title, status, programme, eu_funded, call_identifier,
                    lead_unit, priority_area, other_priority_areas, start_date, end_date, currency, total_budget,
                    external_grant, own_contribution, granted_amount, grant_decision_date, benefit, competing,
                    submitted_on, first_seen, status_since, last_event_id, last_event_time)
                values (:gen, :id, :title, :status, :programme, :eu, :call, :unit, :area, %s, :start, :end, :currency,
                    :total, :external, :own, :granted, :grantDate, :benefit, :competing, :submitted, :firstSeen,
                    :statusSince, :eventId, :time)
                on conflict (gen, project_id) do update
                   set title = excluded.title, status = excluded.status, programme = excluded.programme,
                       eu_funded = excluded.eu_funded, call_identifier = excluded.call_identifier,
                       lead_unit = excluded.lead_unit, priority_area = excluded.priority_area,
                       other_priority_areas = excluded.other_priority_areas, start_date = excluded.start_date,
                       end_date = excluded.end_date, currency = excluded.currency, total_budget = excluded.total_budget,
                       external_grant = excluded.external_grant, own_contribution = excluded.own_contribution,
                       granted_amount = excluded.granted_amount, grant_decision_date = excluded.grant_decision_date,
                       benefit = excluded.benefit, competing = excluded.competing,
                       submitted_on = least(v.submitted_on, excluded.submitted_on),
                       %s""".formatted(array("others"), RowHistory.SEEN_STATUS_LAST),
                histories.stream().map(h -> {
                    ProjectSnapshot s = h.row();
                    return (SqlParameterSource) h.params(gen).addValue("id", s.projectId()).addValue("title", s.title())
                            .addValue("status", s.status()).addValue("programme", s.programme())
                            .addValue("eu", s.euFunded()).addValue("call", s.callIdentifier())
                            .addValue("unit", s.leadUnitName()).addValue("area", s.primaryPriorityArea())
                            .addValue("others", list(s.otherPriorityAreas())).addValue("start", s.startDate())
                            .addValue("end", s.endDate()).addValue("currency", s.currency())
                            .addValue("total", s.totalBudget()).addValue("external", s.externalGrant())
                            .addValue("own", s.ownContribution()).addValue("granted", s.grantedAmount())
                            .addValue("grantDate", s.grantDecisionDate()).addValue("benefit", s.benefitForGothenburg())
                            .addValue("competing", s.competingApplication())
                            .addValue("submitted", submittedOn.apply(h));
                }).toArray(SqlParameterSource[]::new));
    }

    /** Partner links and indicators as the snapshots state them (called only with the newest snapshot of each). */
    void replaceDetails(int gen, List<ProjectSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        String ids = list(snapshots.stream().map(s -> s.projectId().toString()).toList());
        // planned for these ids and the table as it is now: a plan cached while the generation was nearly
        // empty (no statistics yet) can be a scan of the whole table, which a rebuild then ran every poll
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        for (String table : List.of("project_partnership", "project_indicator")) {
            jdbc.sql("delete from " + table + " where gen = :gen and project_id = any(cast(%s as uuid[]))"
                            .formatted(array("ids")))
                    .param("gen", gen).param("ids", ids).update();
        }
        jdbc.sql("set local plan_cache_mode to default").update();
        batch.batchUpdate("""
                insert into project_partnership (gen, project_id, partnership_id) values (:gen, :id, :pid)
                on conflict do nothing""", snapshots.stream().filter(s -> s.partners() != null)
                .flatMap(s -> s.partners().stream().filter(p -> p != null && p.partnershipId() != null)
                        .map(ProjectSnapshot.Partner::partnershipId).distinct()
                        .map(pid -> (SqlParameterSource) new MapSqlParameterSource().addValue("gen", gen)
                                .addValue("id", s.projectId()).addValue("pid", pid)))
                .toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                insert into project_indicator (gen, project_id, code, name, unit, baseline, target, latest_actual,
                    latest_reported_on)
                values (:gen, :id, :code, :name, :unit, :baseline, :target, :actual, :reportedOn)
                on conflict (gen, project_id, code) do update
                   set name = excluded.name, unit = excluded.unit, baseline = excluded.baseline,
                       target = excluded.target, latest_actual = excluded.latest_actual,
                       latest_reported_on = excluded.latest_reported_on""", snapshots.stream()
                .filter(s -> s.indicators() != null)
                .flatMap(s -> s.indicators().stream().filter(i -> i != null && i.code() != null)
                        .map(i -> (SqlParameterSource) new MapSqlParameterSource().addValue("gen", gen)
                                .addValue("id", s.projectId()).addValue("code", i.code()).addValue("name", i.name())
                                .addValue("unit", i.unit()).addValue("baseline", i.baseline())
                                .addValue("target", i.target()).addValue("actual", i.latestActual())
                                .addValue("reportedOn", i.latestReportedOn())))
                .toArray(SqlParameterSource[]::new));
    }

    /** The earliest submission date the events show (each: project id, date), for events the row did not take. */
    void submitted(int gen, List<Map.Entry<UUID, LocalDate>> submissions) {
        batch.batchUpdate("""
                update project_view set submitted_on = :on
                 where gen = :gen and project_id = :id and (submitted_on is null or submitted_on > :on)""",
                submissions.stream().map(sub -> (SqlParameterSource) new MapSqlParameterSource().addValue("gen", gen)
                        .addValue("id", sub.getKey()).addValue("on", sub.getValue()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Overdue milestones in arrival order (a repeated milestone takes the later one's fields). */
    void milestonesOverdue(int gen, List<MilestoneOverdue> milestones) {
        batch.batchUpdate("""
                insert into milestone_overdue (gen, project_id, milestone_id, title, kind, due_date)
                values (:gen, :project, :id, :title, :kind, :due)
                on conflict (gen, milestone_id) do update
                   set title = excluded.title, kind = excluded.kind, due_date = excluded.due_date""",
                milestones.stream().map(m -> (SqlParameterSource) new MapSqlParameterSource().addValue("gen", gen)
                        .addValue("project", m.projectId()).addValue("id", m.milestoneId()).addValue("title", m.title())
                        .addValue("kind", m.kind()).addValue("due", m.dueDate()))
                        .toArray(SqlParameterSource[]::new));
    }
}
