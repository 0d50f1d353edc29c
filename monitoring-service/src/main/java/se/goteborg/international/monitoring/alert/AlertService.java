package se.goteborg.international.monitoring.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.goteborg.international.events.contract.monitoring.MonitoringEvents;
import se.goteborg.international.events.outbox.Outbox;
import se.goteborg.international.monitoring.Sql;
import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.api.PageResponse;

/**
 * Raises alerts for units, inside the transaction of the change that causes them, so a change and
 * its alerts commit together. The same condition never alerts the same unit twice.
 */
@Service
public class AlertService {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final AlertNotifier notifier;
    private final Clock clock;
    private final MeterRegistry meters;

    AlertService(JdbcClient jdbc, Outbox outbox, AlertNotifier notifier, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.notifier = notifier;
        this.clock = clock;
        this.meters = meters;
        for (AlertReason reason : AlertReason.values()) { // at 0 from the start, for rates and dashboards
            raisedCounter(reason);
        }
    }

    private Counter raisedCounter(AlertReason reason) {
        return Counter.builder("platform.monitoring.alerts.raised")
                .description("Alerts raised for units (counted once committed)")
                .tag("reason", reason.name()).register(meters);
    }

    /** Units whose subscriptions match: subject areas, keywords in the text, and (if given) the item itself. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<String> subscribers(Watchable w) {
        List<String> units = jdbc.sql("""
                select distinct unit from subscription
                where (kind = 'SUBJECT_AREA' and value = any(cast(:areas as text[])))
                   or (kind = 'KEYWORD' and strpos(:text, value) > 0)
                   or (kind = 'ITEM' and value = :item)
                order by unit""")
                .param("areas", Sql.array(w.subjectAreas()))
                .param("text", w.text() == null ? "" : w.text().toLowerCase(Locale.ROOT))
                .param("item", w.itemId() == null ? "" : w.itemId().toString())
                .query(String.class).list();
        return new LinkedHashSet<>(units);
    }

    /**
     * Raises one alert per unit for {@code conditionKey} unless that unit already had it; publishes
     * {@code monitoring.alert-raised} for each new one. Returns the alerts raised now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Alert> raise(Collection<String> units, AlertReason reason, Watchable subject, String conditionKey,
                             String message) {
        List<Alert> raised = new java.util.ArrayList<>();
        for (String unit : new LinkedHashSet<>(units)) {
            if (unit == null || unit.isBlank()) {
                continue;
            }
            Alert alert = new Alert(UUID.randomUUID(), unit, reason, subject.subjectType(), subject.subjectId(),
                    subject.itemId(), message, clock.instant());
            int inserted = jdbc.sql("""
                    insert into alert (id, unit, reason, subject_type, subject_id, item_id, message, condition_key, raised_at)
                    values (:id, :unit, :reason, :type, :subject, :item, :message, :key, :at)
                    on conflict (unit, condition_key) do nothing""")
                    .param("id", alert.id()).param("unit", unit).param("reason", reason.name())
                    .param("type", alert.subjectType()).param("subject", alert.subjectId())
                    .param("item", alert.itemId()).param("message", message).param("key", conditionKey)
                    .param("at", Timestamp.from(alert.raisedAt()))
                    .update();
            if (inserted == 1) {
                outbox.append(MonitoringEvents.ALERT_RAISED, alert.id().toString(), alert.event());
                raised.add(alert);
            }
        }
        if (!raised.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    raised.forEach(a -> raisedCounter(a.reason()).increment());
                    raised.forEach(notifier::alertRaised);
                }
            });
        }
        return raised;
    }

    /** Convenience: alert every matching subscriber. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Alert> raiseForSubscribers(Watchable subject, AlertReason reason, String conditionKey, String message) {
        return raise(subscribers(subject), reason, subject, conditionKey, message);
    }

    @Transactional(readOnly = true)
    public PageResponse<Alert> list(String unit, AlertReason reason, UUID itemId, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (unit != null) {
            where.append(" and unit = :unit");
            params.put("unit", unit);
        }
        if (reason != null) {
            where.append(" and reason = :reason");
            params.put("reason", reason.name());
        }
        if (itemId != null) {
            where.append(" and item_id = :item");
            params.put("item", itemId);
        }
        long total = jdbc.sql("select count(*) from alert" + where).params(params).query(Long.class).single();
        List<Alert> alerts = jdbc.sql("select * from alert" + where + " order by raised_at desc, id limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset())
                .query((rs, n) -> new Alert(Sql.uuid(rs, "id"), rs.getString("unit"),
                        AlertReason.valueOf(rs.getString("reason")), rs.getString("subject_type"),
                        Sql.uuid(rs, "subject_id"), Sql.uuid(rs, "item_id"), rs.getString("message"),
                        rs.getTimestamp("raised_at").toInstant()))
                .list();
        return PageResponse.of(alerts, page, total);
    }
}
