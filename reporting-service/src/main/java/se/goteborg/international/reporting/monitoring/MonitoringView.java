package se.goteborg.international.reporting.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.goteborg.international.events.contract.monitoring.AlertRaised;
import se.goteborg.international.events.contract.monitoring.AssessmentSnapshot;
import se.goteborg.international.events.contract.monitoring.ConsultationSnapshot;
import se.goteborg.international.events.contract.monitoring.LegislationItemSnapshot;
import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.reporting.monitoring.MonitoringProjection.Consultation;
import se.goteborg.international.reporting.readmodel.RowHistory;

import static se.goteborg.international.reporting.readmodel.Sql.ts;

/**
 * Writes of the monitoring read models; rows only ever move forward in (event time, event id). The
 * upserts take a {@link RowHistory}: one event (live), or a rebuild poll's in-order events of the row.
 */
@Repository
class MonitoringView {

    /** The row is older than the first event of the history. */
    private static final String OLDER = "(v.last_event_time, v.last_event_id) < (:fromTime, :fromId)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    MonitoringView(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void upsertItem(int gen, LegislationItemSnapshot s, EventEnvelope e) {
        if (upsertItems(gen, List.of(RowHistory.of(s, null, e)))[0] == 1) {
            return; // inserted, or newer than every event the row saw: first_seen is already <= its time
        }
        jdbc.sql("update legislation_item_view set first_seen = :time where gen = :gen and item_id = :id and first_seen > :time")
                .param("gen", gen).param("id", s.itemId()).param("time", ts(e.time())).update();
    }

    int[] upsertItems(int gen, List<RowHistory<LegislationItemSnapshot>> histories) {
        return batch.batchUpdate("""
                insert into legislation_item_view as v (gen, item_id, celex, title, item_type, stage, proposal_date,
                    transposition_deadline, first_seen, last_event_id, last_event_time)
                values (:gen, :id, :celex, :title, :type, :stage, :proposal, :transposition, :firstSeen, :eventId, :time)
                on conflict (gen, item_id) do update
                   set celex = excluded.celex, title = excluded.title, item_type = excluded.item_type,
                       stage = excluded.stage, proposal_date = excluded.proposal_date,
                       transposition_deadline = excluded.transposition_deadline,
                       first_seen = least(v.first_seen, excluded.first_seen),
                       last_event_id = excluded.last_event_id, last_event_time = excluded.last_event_time
                 where """ + OLDER, histories.stream().map(h -> {
            LegislationItemSnapshot s = h.row();
            return (SqlParameterSource) h.params(gen).addValue("id", s.itemId()).addValue("celex", s.celex())
                    .addValue("title", s.titleSv() != null ? s.titleSv() : s.titleEn()).addValue("type", s.type())
                    .addValue("stage", s.stage()).addValue("proposal", s.proposalDate())
                    .addValue("transposition", s.transpositionDeadline());
        }).toArray(SqlParameterSource[]::new));
    }

    void upsertAssessment(int gen, AssessmentSnapshot s, EventEnvelope e) {
        if (upsertAssessments(gen, List.of(RowHistory.of(s, null, e)))[0] == 1) {
            return; // as for items
        }
        jdbc.sql("update assessment_view set first_seen = :time where gen = :gen and assessment_id = :id and first_seen > :time")
                .param("gen", gen).param("id", s.assessmentId()).param("time", ts(e.time())).update();
    }

    int[] upsertAssessments(int gen, List<RowHistory<AssessmentSnapshot>> histories) {
        return batch.batchUpdate("""
                insert into assessment_view as v (gen, assessment_id, item_id, unit, relevance, expected_impact, actions,
                    responsible_unit, due_date, status, first_seen, last_event_id, last_event_time)
                values (:gen, :id, :item, :unit, :relevance, :impact, :actions, :responsible, :due, :status, :firstSeen,
                    :eventId, :time)
                on conflict (gen, assessment_id) do update
                   set item_id = excluded.item_id, unit = excluded.unit, relevance = excluded.relevance,
                       expected_impact = excluded.expected_impact, actions = excluded.actions,
                       responsible_unit = excluded.responsible_unit, due_date = excluded.due_date,
                       status = excluded.status, first_seen = least(v.first_seen, excluded.first_seen),
                       last_event_id = excluded.last_event_id, last_event_time = excluded.last_event_time
                 where """ + OLDER, histories.stream().map(h -> {
            AssessmentSnapshot s = h.row();
            return (SqlParameterSource) h.params(gen).addValue("id", s.assessmentId()).addValue("item", s.itemId())
                    .addValue("unit", s.unit()).addValue("relevance", s.relevance())
                    .addValue("impact", s.expectedImpact()).addValue("actions", s.actions())
                    .addValue("responsible", s.responsibleUnit()).addValue("due", s.dueDate())
                    .addValue("status", s.status());
        }).toArray(SqlParameterSource[]::new));
    }

    void upsertConsultation(int gen, Consultation c, EventEnvelope e) {
        if (upsertConsultations(gen, List.of(RowHistory.of(c, null, e)))[0] == 0) {
            answered(gen, c.snapshot().consultationId(), c.answeredOn()); // an answer arriving late still dates the answer
        }
    }

    /**
     * The upserts take the earliest answer date of each history and of the row, so a row that took its
     * history needs no second statement; {@link #answered} lowers it for events the row did not take.
     */
    int[] upsertConsultations(int gen, List<RowHistory<Consultation>> histories) {
        return batch.batchUpdate("""
                insert into consultation_view as v (gen, consultation_id, title, reference, feedback_end, response_status,
                    responsible_unit, answered_on, last_event_id, last_event_time)
                values (:gen, :id, :title, :reference, :end, :status, :unit, :answered, :eventId, :time)
                on conflict (gen, consultation_id) do update
                   set title = excluded.title, reference = excluded.reference, feedback_end = excluded.feedback_end,
                       response_status = excluded.response_status, responsible_unit = excluded.responsible_unit,
                       answered_on = least(v.answered_on, excluded.answered_on),
                       last_event_id = excluded.last_event_id, last_event_time = excluded.last_event_time
                 where """ + OLDER, histories.stream().map(h -> {
            ConsultationSnapshot s = h.row().snapshot();
            return (SqlParameterSource) h.params(gen).addValue("id", s.consultationId()).addValue("title", s.title())
                    .addValue("reference", s.reference()).addValue("end", s.feedbackEnd())
                    .addValue("status", s.responseStatus()).addValue("unit", s.responsibleUnit())
                    .addValue("answered", answeredOn(h));
        }).toArray(SqlParameterSource[]::new));
    }

    /** The earliest answer date the history's events give, or null. */
    private static LocalDate answeredOn(RowHistory<Consultation> h) {
        return h.rows().stream().map(Consultation::answeredOn).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
    }

    /** Lowers the consultation's answer date to {@code on} (no-op for null). */
    void answered(int gen, UUID consultationId, LocalDate on) {
        if (on == null) {
            return;
        }
        jdbc.sql("""
                update consultation_view set answered_on = :on
                 where gen = :gen and consultation_id = :id and (answered_on is null or answered_on > :on)""")
                .param("gen", gen).param("id", consultationId).param("on", on).update();
    }

    /** Alerts in arrival order (the first of an alert id stays); {@code events} the events they came in. */
    void alerts(int gen, List<AlertRaised> alerts, List<EventEnvelope> events) {
        if (alerts.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into alert_view (gen, alert_id, unit, reason, subject_type, subject_id, item_id, raised_at)
                values (:gen, :id, :unit, :reason, :subjectType, :subjectId, :item, :raisedAt)
                on conflict (gen, alert_id) do nothing""", IntStream.range(0, alerts.size()).mapToObj(i -> {
            AlertRaised a = alerts.get(i);
            return (SqlParameterSource) new MapSqlParameterSource().addValue("gen", gen).addValue("id", a.alertId())
                    .addValue("unit", a.unit()).addValue("reason", a.reason()).addValue("subjectType", a.subjectType())
                    .addValue("subjectId", a.subjectId()).addValue("item", a.itemId())
                    .addValue("raisedAt", ts(a.raisedAt() == null ? events.get(i).time() : a.raisedAt()));
        }).toArray(SqlParameterSource[]::new));
    }
}
