package se.goteborg.international.reporting.project;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.goteborg.international.events.contract.project.ProjectSnapshot;
import se.goteborg.international.events.envelope.EventEnvelope;

import static se.goteborg.international.reporting.readmodel.Sql.array;
import static se.goteborg.international.reporting.readmodel.Sql.list;
import static se.goteborg.international.reporting.readmodel.Sql.ts;

/** Writes of the project read models; rows only ever move forward in (event time, event id). */
@Repository
class ProjectView {

    private final JdbcClient jdbc;

    ProjectView(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns whether the row took the event (it did not when it already reflects a later one). */
    boolean upsert(int gen, ProjectSnapshot s, EventEnvelope e) {
        boolean changed = jdbc.sql("""
                insert into project_view as v (gen, project_id, title, status, programme, eu_funded, call_identifier,
                    lead_unit, priority_area, other_priority_areas, start_date, end_date, currency, total_budget,
                    external_grant, own_contribution, granted_amount, grant_decision_date, benefit, competing,
                    first_seen, status_since, last_event_id, last_event_time)
                values (:gen, :id, :title, :status, :programme, :eu, :call, :unit, :area, %s, :start, :end, :currency,
                    :total, :external, :own, :granted, :grantDate, :benefit, :competing, :time, :time, :eventId, :time)
                on conflict (gen, project_id) do update
                   set title = excluded.title, status = excluded.status, programme = excluded.programme,
                       eu_funded = excluded.eu_funded, call_identifier = excluded.call_identifier,
                       lead_unit = excluded.lead_unit, priority_area = excluded.priority_area,
                       other_priority_areas = excluded.other_priority_areas, start_date = excluded.start_date,
                       end_date = excluded.end_date, currency = excluded.currency, total_budget = excluded.total_budget,
                       external_grant = excluded.external_grant, own_contribution = excluded.own_contribution,
                       granted_amount = excluded.granted_amount, grant_decision_date = excluded.grant_decision_date,
                       benefit = excluded.benefit, competing = excluded.competing,
                       status_since = case when v.status = excluded.status then v.status_since else excluded.status_since end,
                       last_event_id = excluded.last_event_id, last_event_time = excluded.last_event_time
                 where (v.last_event_time, v.last_event_id) < (excluded.last_event_time, excluded.last_event_id)"""
                        .formatted(array("others")))
                .param("gen", gen).param("id", s.projectId()).param("title", s.title()).param("status", s.status())
                .param("programme", s.programme()).param("eu", s.euFunded()).param("call", s.callIdentifier())
                .param("unit", s.leadUnitName()).param("area", s.primaryPriorityArea())
                .param("others", list(s.otherPriorityAreas())).param("start", s.startDate()).param("end", s.endDate())
                .param("currency", s.currency()).param("total", s.totalBudget()).param("external", s.externalGrant())
                .param("own", s.ownContribution()).param("granted", s.grantedAmount())
                .param("grantDate", s.grantDecisionDate()).param("benefit", s.benefitForGothenburg())
                .param("competing", s.competingApplication())
                .param("eventId", e.id()).param("time", ts(e.time()))
                .update() == 1;
        if (changed) {
            return true; // inserted, or newer than every event the row saw: first_seen is already <= its time
        }
        jdbc.sql("update project_view set first_seen = :time where gen = :gen and project_id = :id and first_seen > :time")
                .param("gen", gen).param("id", s.projectId()).param("time", ts(e.time())).update();
        return changed;
    }

    /** Partner links and indicators as the snapshot states them (called only when the snapshot is the newest). */
    void replaceDetails(int gen, ProjectSnapshot s) {
        jdbc.sql("delete from project_partnership where gen = :gen and project_id = :id")
                .param("gen", gen).param("id", s.projectId()).update();
        if (s.partners() != null) {
            s.partners().stream().filter(p -> p != null && p.partnershipId() != null)
                    .map(ProjectSnapshot.Partner::partnershipId).distinct()
                    .forEach(pid -> jdbc.sql("""
                            insert into project_partnership (gen, project_id, partnership_id) values (:gen, :id, :pid)
                            on conflict do nothing""")
                            .param("gen", gen).param("id", s.projectId()).param("pid", pid).update());
        }
        jdbc.sql("delete from project_indicator where gen = :gen and project_id = :id")
                .param("gen", gen).param("id", s.projectId()).update();
        if (s.indicators() != null) {
            s.indicators().stream().filter(i -> i != null && i.code() != null).forEach(i -> jdbc.sql("""
                    insert into project_indicator (gen, project_id, code, name, unit, baseline, target, latest_actual,
                        latest_reported_on)
                    values (:gen, :id, :code, :name, :unit, :baseline, :target, :actual, :reportedOn)
                    on conflict (gen, project_id, code) do update
                       set name = excluded.name, unit = excluded.unit, baseline = excluded.baseline,
                           target = excluded.target, latest_actual = excluded.latest_actual,
                           latest_reported_on = excluded.latest_reported_on""")
                    .param("gen", gen).param("id", s.projectId()).param("code", i.code()).param("name", i.name())
                    .param("unit", i.unit()).param("baseline", i.baseline()).param("target", i.target())
                    .param("actual", i.latestActual()).param("reportedOn", i.latestReportedOn())
                    .update());
        }
    }

    /** The earliest submission date the events show. */
    void submitted(int gen, UUID projectId, LocalDate on) {
        jdbc.sql("""
                update project_view set submitted_on = :on
                 where gen = :gen and project_id = :id and (submitted_on is null or submitted_on > :on)""")
                .param("gen", gen).param("id", projectId).param("on", on).update();
    }

    void milestoneOverdue(int gen, UUID projectId, UUID milestoneId, String title, String kind, LocalDate due) {
        jdbc.sql("""
                insert into milestone_overdue (gen, project_id, milestone_id, title, kind, due_date)
                values (:gen, :project, :id, :title, :kind, :due)
                on conflict (gen, milestone_id) do update
                   set title = excluded.title, kind = excluded.kind, due_date = excluded.due_date""")
                .param("gen", gen).param("project", projectId).param("id", milestoneId).param("title", title)
                .param("kind", kind).param("due", due).update();
    }
}
