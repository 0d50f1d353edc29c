package se.goteborg.international.monitoring.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.goteborg.international.events.contract.monitoring.ActionDue;
import se.goteborg.international.events.contract.monitoring.ConsultationDeadline;
import se.goteborg.international.events.contract.monitoring.MonitoringEvents;
import se.goteborg.international.events.outbox.Outbox;
import se.goteborg.international.monitoring.alert.AlertReason;
import se.goteborg.international.monitoring.alert.AlertService;
import se.goteborg.international.monitoring.alert.Watchable;
import se.goteborg.international.monitoring.assessment.Assessment;
import se.goteborg.international.monitoring.assessment.AssessmentService;
import se.goteborg.international.monitoring.consultation.Consultation;
import se.goteborg.international.monitoring.consultation.ConsultationService;

/**
 * Warns units when an assessment's due date or a consultation's closing date is 14 days away or
 * has passed. Runs daily on one instance; each deadline is announced once (per kind and date), so
 * running the check again, or on another instance, repeats nothing.
 */
@Component
public class DeadlineCheck {

    public static final int WARNING_DAYS = 14;
    static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");
    private static final Logger log = LoggerFactory.getLogger(DeadlineCheck.class);
    /** Deadlines handled per run; the rest wait for the next run. */
    private static final int MAX_PER_RUN = 500;

    private final AssessmentService assessments;
    private final ConsultationService consultations;
    private final AlertService alerts;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MeterRegistry meters;

    DeadlineCheck(AssessmentService assessments, ConsultationService consultations, AlertService alerts, Outbox outbox,
                  JdbcClient jdbc, TransactionTemplate tx, Clock clock, MeterRegistry meters) {
        this.assessments = assessments;
        this.consultations = consultations;
        this.alerts = alerts;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(cron = "${monitoring.deadlines.cron:0 15 6 * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = "monitoring-deadline-check", lockAtMostFor = "PT30M")
    public void scheduledRun() {
        Result r = check(clock);
        log.info("Deadline check: {} due, {} overdue, {} consultations closing, {} closed", r.due(), r.overdue(),
                r.closing(), r.closed());
    }

    /** What one check announced (new notices only). */
    public record Result(int due, int overdue, int closing, int closed) {
    }

    /** Runs the check as of {@code now}'s date in Gothenburg; callable directly (tests pass a fixed clock). */
    public Result check(Clock now) {
        LocalDate today = LocalDate.now(now.withZone(CITY_TIME));
        LocalDate horizon = today.plusDays(WARNING_DAYS);
        int due = 0;
        int overdue = 0;
        int closing = 0;
        int closed = 0;
        for (Assessment a : assessments.dueBy(horizon, MAX_PER_RUN)) {
            boolean late = a.dueDate().isBefore(today);
            if (Boolean.TRUE.equals(tx.execute(s -> announceAction(a, today, late)))) {
                if (late) {
                    overdue++;
                } else {
                    due++;
                }
            }
        }
        for (Consultation c : consultations.closingBy(horizon, MAX_PER_RUN)) {
            boolean passed = c.feedbackEnd().isBefore(today);
            if (Boolean.TRUE.equals(tx.execute(s -> announceConsultation(c, today, passed)))) {
                if (passed) {
                    closed++;
                } else {
                    closing++;
                }
            }
        }
        meters.counter("platform.monitoring.deadline.notices", "kind", "action-due").increment(due);
        meters.counter("platform.monitoring.deadline.notices", "kind", "action-overdue").increment(overdue);
        meters.counter("platform.monitoring.deadline.notices", "kind", "consultation-closing").increment(closing);
        meters.counter("platform.monitoring.deadline.notices", "kind", "consultation-closed").increment(closed);
        return new Result(due, overdue, closing, closed);
    }

    private boolean announceAction(Assessment a, LocalDate today, boolean late) {
        String kind = late ? "ACTION_OVERDUE" : "ACTION_DUE";
        if (!firstNotice(a.id(), kind, a.dueDate())) {
            return false;
        }
        int daysLeft = (int) ChronoUnit.DAYS.between(today, a.dueDate());
        outbox.append(late ? MonitoringEvents.ACTION_OVERDUE : MonitoringEvents.ACTION_DUE, a.id().toString(),
                new ActionDue(a.snapshot(), daysLeft));
        Set<String> units = new LinkedHashSet<>();
        units.add(a.responsibleUnit());
        units.add(a.unit());
        String what = "Actions for " + (a.celex() == null ? "a watched item" : a.celex()) + " (" + a.unit() + ")";
        alerts.raise(units, late ? AlertReason.ACTION_OVERDUE : AlertReason.ACTION_DUE,
                new Watchable("ASSESSMENT", a.id(), a.itemId(), java.util.List.of(), ""),
                kind + ":" + a.id() + ":" + a.dueDate(),
                late ? what + " were due on " + a.dueDate() + " and are not done"
                        : what + " are due on " + a.dueDate() + " (in " + daysLeft + " days)");
        return true;
    }

    private boolean announceConsultation(Consultation c, LocalDate today, boolean passed) {
        String kind = passed ? "CONSULTATION_CLOSED" : "CONSULTATION_CLOSING";
        if (!firstNotice(c.id(), kind, c.feedbackEnd())) {
            return false;
        }
        int daysLeft = (int) ChronoUnit.DAYS.between(today, c.feedbackEnd());
        outbox.append(passed ? MonitoringEvents.CONSULTATION_DEADLINE_PASSED : MonitoringEvents.CONSULTATION_DEADLINE_NEAR,
                c.id().toString(), new ConsultationDeadline(c.snapshot(), daysLeft));
        Watchable w = ConsultationService.watchable(c);
        Set<String> units = new LinkedHashSet<>();
        if (c.responsibleUnit() != null) {
            units.add(c.responsibleUnit());
        }
        units.addAll(alerts.subscribers(w));
        alerts.raise(units, passed ? AlertReason.CONSULTATION_CLOSED : AlertReason.CONSULTATION_CLOSING, w,
                kind + ":" + c.id() + ":" + c.feedbackEnd(),
                passed ? "The consultation '" + c.title() + "' closed on " + c.feedbackEnd() + " without the city's answer"
                        : "The consultation '" + c.title() + "' closes on " + c.feedbackEnd() + " (in " + daysLeft + " days)");
        return true;
    }

    private boolean firstNotice(java.util.UUID subject, String kind, LocalDate deadline) {
        return jdbc.sql("""
                insert into deadline_notice (subject_id, kind, deadline, noticed_at) values (:s, :k, :d, :at)
                on conflict do nothing""")
                .param("s", subject).param("k", kind).param("d", deadline)
                .param("at", Timestamp.from(clock.instant())).update() == 1;
    }
}
