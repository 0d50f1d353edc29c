package se.goteborg.international.reporting.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.goteborg.international.events.contract.monitoring.AlertRaised;
import se.goteborg.international.events.contract.monitoring.AssessmentSnapshot;
import se.goteborg.international.events.contract.monitoring.ConsultationSnapshot;
import se.goteborg.international.events.contract.monitoring.LegislationItemSnapshot;
import se.goteborg.international.events.envelope.EventEnvelope;

import static se.goteborg.international.reporting.readmodel.Sql.ts;

/** Writes of the monitoring read models; rows only ever move forward in (event time, event id). */
@Repository
class MonitoringView {

    private static final String NEWER = "(v.last_event_time, v.last_event_id) < (excluded.last_event_time, excluded.last_event_id)";

    private final JdbcClient jdbc;

    MonitoringView(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsertItem(int gen, LegislationItemSnapshot s, EventEnvelope e) {
        String title = s.titleSv() != null ? s.titleSv() : s.titleEn();
        int took = jdbc.sql("""
                insert into legislation_item_view as v (gen, item_id, celex, title, item_type, stage, proposal_date,
                    transposition_deadline, first_seen, last_event_id, last_event_time)
                values (:gen, :id, :celex, :title, :type, :stage, :proposal, :transposition, :time, :eventId, :time)
                on conflict (gen, item_id) do update
                   set celex = excluded.celex, title = excluded.title, item_type = excluded.item_type,
                       stage = excluded.stage, proposal_date = excluded.proposal_date,
                       transposition_deadline = excluded.transposition_deadline,
                       first_seen = least(v.first_seen, excluded.first_seen),
                       last_event_id = excluded.last_event_id, last_event_time = excluded.last_event_time
                 where """ + NEWER)
                .param("gen", gen).param("id", s.itemId()).param("celex", s.celex()).param("title", title)
                .param("type", s.type()).param("stage", s.stage()).param("proposal", s.proposalDate())
                .param("transposition", s.transpositionDeadline())
                .param("eventId", e.id()).param("time", ts(e.time())).update();
        if (took == 1) {
            return; // inserted, or newer than every event the row saw: first_seen is already <= its time
        }
        jdbc.sql("update legislation_item_view set first_seen = :time where gen = :gen and item_id = :id and first_seen > :time")
                .param("gen", gen).param("id", s.itemId()).param("time", ts(e.time())).update();
    }

    void upsertAssessment(int gen, AssessmentSnapshot s, EventEnvelope e) {
        int took = jdbc.sql("""
                insert into assessment_view as v (gen, assessment_id, item_id, unit, relevance, expected_impact, actions,
                    responsible_unit, due_date, status, first_seen, last_event_id, last_event_time)
                values (:gen, :id, :item, :unit, :relevance, :impact, :actions, :responsible, :due, :status, :time,
                    :eventId, :time)
                on conflict (gen, assessment_id) do update
                   set item_id = excluded.item_id, unit = excluded.unit, relevance = excluded.relevance,
                       expected_impact = excluded.expected_impact, actions = excluded.actions,
                       responsible_unit = excluded.responsible_unit, due_date = excluded.due_date,
                       status = excluded.status,
                       last_event_id = excluded.last_event_id, last_event_time = excluded.last_event_time
                 where """ + NEWER)
                .param("gen", gen).param("id", s.assessmentId()).param("item", s.itemId()).param("unit", s.unit())
                .param("relevance", s.relevance()).param("impact", s.expectedImpact()).param("actions", s.actions())
                .param("responsible", s.responsibleUnit()).param("due", s.dueDate()).param("status", s.status())
                .param("eventId", e.id()).param("time", ts(e.time())).update();
        if (took == 1) {
            return; // as for items
        }
        jdbc.sql("update assessment_view set first_seen = :time where gen = :gen and assessment_id = :id and first_seen > :time")
                .param("gen", gen).param("id", s.assessmentId()).param("time", ts(e.time())).update();
    }

    void upsertConsultation(int gen, ConsultationSnapshot s, LocalDate answeredOn, EventEnvelope e) {
        jdbc.sql("""
                insert into consultation_view as v (gen, consultation_id, title, reference, feedback_end, response_status,
                    responsible_unit, answered_on, last_event_id, last_event_time)
                values (:gen, :id, :title, :reference, :end, :status, :unit, :answered, :eventId, :time)
                on conflict (gen, consultation_id) do update
                   set title = excluded.title, reference = excluded.reference, feedback_end = excluded.feedback_end,
                       response_status = excluded.response_status, responsible_unit = excluded.responsible_unit,
                       answered_on = coalesce(v.answered_on, excluded.answered_on),
                       last_event_id = excluded.last_event_id, last_event_time = excluded.last_event_time
                 where """ + NEWER)
                .param("gen", gen).param("id", s.consultationId()).param("title", s.title())
                .param("reference", s.reference()).param("end", s.feedbackEnd()).param("status", s.responseStatus())
                .param("unit", s.responsibleUnit()).param("answered", answeredOn)
                .param("eventId", e.id()).param("time", ts(e.time())).update();
        if (answeredOn != null) { // an answer arriving late still dates the answer
            jdbc.sql("""
                    update consultation_view set answered_on = :on
                     where gen = :gen and consultation_id = :id and (answered_on is null or answered_on > :on)""")
                    .param("gen", gen).param("id", s.consultationId()).param("on", answeredOn).update();
        }
    }

    void alert(int gen, AlertRaised a, Instant raisedAt) {
        jdbc.sql("""
                insert into alert_view (gen, alert_id, unit, reason, subject_type, subject_id, item_id, raised_at)
                values (:gen, :id, :unit, :reason, :subjectType, :subjectId, :item, :raisedAt)
                on conflict (gen, alert_id) do nothing""")
                .param("gen", gen).param("id", a.alertId()).param("unit", a.unit()).param("reason", a.reason())
                .param("subjectType", a.subjectType()).param("subjectId", a.subjectId()).param("item", a.itemId())
                .param("raisedAt", ts(raisedAt)).update();
    }
}
