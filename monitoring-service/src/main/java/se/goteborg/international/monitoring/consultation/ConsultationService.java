package se.goteborg.international.monitoring.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.events.contract.monitoring.ConsultationChanged;
import se.goteborg.international.events.contract.monitoring.MonitoringEvents;
import se.goteborg.international.events.outbox.Outbox;
import se.goteborg.international.monitoring.Sql;
import se.goteborg.international.monitoring.alert.AlertReason;
import se.goteborg.international.monitoring.alert.AlertService;
import se.goteborg.international.monitoring.alert.Watchable;
import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.api.PageResponse;
import se.goteborg.international.service.api.Versions;
import se.goteborg.international.service.audit.AuditTrail;
import se.goteborg.international.service.security.CurrentActor;
import se.goteborg.international.service.problem.ApiException;

/** Watched consultations and the city's response; each change and its event commit together. */
@Service
public class ConsultationService {

    /** The audit trail's name for a consultation. */
    static final String AUDIT_TYPE = "consultation";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final AlertService alerts;
    private final Clock clock;

    private final CurrentActor actors;
    private final AuditTrail audit;

    ConsultationService(JdbcClient jdbc, Outbox outbox, AlertService alerts, Clock clock, CurrentActor actors,
                        AuditTrail audit) {
        this.actors = actors;
        this.audit = audit;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Transactional
    public Consultation open(ConsultationRequest r, String changedBy) {
        actors.getOrSystem("monitoring-service").requireInternationalOffice("open consultations");
        checkItem(r.itemId());
        Instant now = clock.instant();
        Consultation c = new Consultation(UUID.randomUUID(), r.title().strip(), r.reference().strip(),
                r.feedbackStart(), r.feedbackEnd(), r.topics(),
                r.responseStatus() == null ? ResponseStatus.CONSIDERING : r.responseStatus(), blankToNull(r.responsibleUnit()),
                r.itemId(), 0, now, now);
        int inserted = bind(jdbc.sql("""
                insert into consultation (id, title, reference, feedback_start, feedback_end, topics, response_status,
                    responsible_unit, item_id, version, created_at, updated_at)
                values (:id, :title, :reference, :start, :end, cast(:topics as text[]), :status, :unit, :item, 0, :now, :now)
                on conflict (reference) do nothing"""), c).update();
        if (inserted == 0) {
            throw ApiException.conflict("already-watched", "a consultation with reference " + c.reference() + " is already watched");
        }
        outbox.append(MonitoringEvents.CONSULTATION_OPENED, c.id().toString(), new ConsultationChanged(c.snapshot(), changedBy));
        audit.record(AUDIT_TYPE, c.id(), "open", actors.getOrSystem("monitoring-service"), null, c.snapshot());
        alerts.raiseForSubscribers(watchable(c), AlertReason.NEW_MATCH, "new:" + c.id(),
                "New consultation matches your subscription: " + c.title() + " (feedback until " + c.feedbackEnd() + ")");
        return c;
    }

    @Transactional
    public Consultation update(UUID id, ConsultationRequest r, String ifMatch, String changedBy) {
        actors.getOrSystem("monitoring-service").requireInternationalOffice("change consultations");
        Consultation before = find(id, true);
        Versions.requireMatch(ifMatch, before.version());
        checkItem(r.itemId());
        ResponseStatus status = r.responseStatus() == null ? before.responseStatus() : r.responseStatus();
        Consultation after = new Consultation(id, r.title().strip(), r.reference().strip(),
                r.feedbackStart(), r.feedbackEnd(), r.topics(), before.responseStatus(), blankToNull(r.responsibleUnit()),
                r.itemId(), before.version(), before.createdAt(), clock.instant()).withResponse(status);
        if (!after.reference().equals(before.reference()) && jdbc.sql("select count(*) from consultation where reference = :r")
                .param("r", after.reference()).query(Long.class).single() > 0) {
            throw ApiException.conflict("already-watched", "a consultation with reference " + after.reference() + " is already watched");
        }
        return save(before, after, changedBy);
    }

    @Transactional
    public Consultation respond(UUID id, ResponseStatus status, String ifMatch, String changedBy) {
        actors.getOrSystem("monitoring-service").requireInternationalOffice("respond to consultations");
        Consultation before = find(id, true);
        Versions.requireMatch(ifMatch, before.version());
        if (before.responseStatus() == status) {
            return before;
        }
        return save(before, before.withResponse(status), changedBy);
    }

    private Consultation save(Consultation before, Consultation after, String changedBy) {
        Consultation stamped = new Consultation(after.id(), after.title(), after.reference(), after.feedbackStart(),
                after.feedbackEnd(), after.topics(), after.responseStatus(), after.responsibleUnit(), after.itemId(),
                before.version(), before.createdAt(), clock.instant());
        int updated = bind(jdbc.sql("""
                update consultation set title = :title, reference = :reference, feedback_start = :start,
                    feedback_end = :end, topics = cast(:topics as text[]), response_status = :status,
                    responsible_unit = :unit, item_id = :item, updated_at = :now, version = version + 1
                where id = :id and version = :version"""), stamped).param("version", before.version()).update();
        if (updated == 0) {
            throw ApiException.conflict("concurrent-change", "Someone else changed this consultation meanwhile; reload it");
        }
        Consultation saved = find(after.id(), false);
        boolean answered = !before.responseStatus().settled() && saved.responseStatus().settled();
        outbox.append(answered ? MonitoringEvents.CONSULTATION_ANSWERED : MonitoringEvents.CONSULTATION_UPDATED,
                saved.id().toString(), new ConsultationChanged(saved.snapshot(), changedBy));
        audit.record(AUDIT_TYPE, saved.id(), answered ? "answer" : "update", actors.getOrSystem("monitoring-service"),
                before.snapshot(), saved.snapshot());
        return saved;
    }

    @Transactional(readOnly = true)
    public Consultation get(UUID id) {
        return find(id, false);
    }

    @Transactional(readOnly = true)
    public PageResponse<Consultation> list(ResponseStatus status, String unit, String topic, LocalDate closesBefore,
                                           String text, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.add("response_status = :status");
            params.put("status", status.name());
        }
        if (unit != null) {
            where.add("responsible_unit = :unit");
            params.put("unit", unit);
        }
        if (topic != null) {
            where.add(":topic = any(topics)");
            params.put("topic", topic.strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (closesBefore != null) {
            where.add("feedback_end < :before");
            params.put("before", closesBefore);
        }
        if (text != null && !text.isBlank()) {
            where.add("(lower(title) like :text or lower(reference) like :text)");
            params.put("text", Sql.likeContains(text.strip()));
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from consultation" + clause).params(params).query(Long.class).single();
        List<Consultation> found = jdbc.sql("select * from consultation" + clause
                        + " order by feedback_end, id limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset())
                .query(ConsultationService::map).list();
        return PageResponse.of(found, page, total);
    }

    /** Unsettled consultations whose window closes on or before {@code until}, for the deadline check. */
    @Transactional(readOnly = true)
    public List<Consultation> closingBy(LocalDate until, int limit) {
        return jdbc.sql("""
                select * from consultation where response_status in ('CONSIDERING', 'DRAFTING') and feedback_end <= :until
                order by feedback_end, id limit :limit""")
                .param("until", until).param("limit", limit).query(ConsultationService::map).list();
    }

    public static Watchable watchable(Consultation c) {
        return new Watchable("CONSULTATION", c.id(), c.itemId(), c.topics(), c.title() + " " + c.reference());
    }

    private Consultation find(UUID id, boolean lock) {
        return jdbc.sql("select * from consultation where id = :id" + (lock ? " for update" : "")).param("id", id)
                .query(ConsultationService::map).optional()
                .orElseThrow(() -> ApiException.notFound("consultation", id));
    }

    private void checkItem(UUID itemId) {
        if (itemId != null && jdbc.sql("select count(*) from watched_item where id = :id").param("id", itemId)
                .query(Long.class).single() == 0) {
            throw ApiException.ruleViolated("unknown-item", "itemId", "no watched item has the id " + itemId);
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Consultation c) {
        return spec.param("id", c.id()).param("title", c.title()).param("reference", c.reference())
                .param("start", c.feedbackStart()).param("end", c.feedbackEnd()).param("topics", Sql.array(c.topics()))
                .param("status", c.responseStatus().name()).param("unit", c.responsibleUnit()).param("item", c.itemId())
                .param("now", Timestamp.from(c.updatedAt()));
    }

    private static Consultation map(ResultSet rs, int row) throws SQLException {
        return new Consultation(Sql.uuid(rs, "id"), rs.getString("title"), rs.getString("reference"),
                Sql.date(rs, "feedback_start"), Sql.date(rs, "feedback_end"), Sql.strings(rs, "topics"),
                ResponseStatus.valueOf(rs.getString("response_status")), rs.getString("responsible_unit"),
                Sql.uuid(rs, "item_id"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
