package se.goteborg.international.reporting.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.contract.monitoring.ActionDue;
import se.goteborg.international.events.contract.monitoring.AlertRaised;
import se.goteborg.international.events.contract.monitoring.AssessmentSnapshot;
import se.goteborg.international.events.contract.monitoring.ConsultationChanged;
import se.goteborg.international.events.contract.monitoring.ConsultationDeadline;
import se.goteborg.international.events.contract.monitoring.ConsultationSnapshot;
import se.goteborg.international.events.contract.monitoring.ItemAssessed;
import se.goteborg.international.events.contract.monitoring.ItemDatesChanged;
import se.goteborg.international.events.contract.monitoring.ItemStageChanged;
import se.goteborg.international.events.contract.monitoring.ItemTracked;
import se.goteborg.international.events.contract.monitoring.ItemUpdated;
import se.goteborg.international.events.contract.monitoring.LegislationItemSnapshot;
import se.goteborg.international.events.contract.monitoring.MonitoringEvents;
import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.events.envelope.MalformedEventException;
import se.goteborg.international.reporting.readmodel.Applied;
import se.goteborg.international.reporting.readmodel.Projection;
import se.goteborg.international.reporting.readmodel.RowHistory;

/** Monitoring events onto the legislation item, assessment, consultation and alert read models. */
@Component
class MonitoringProjection implements Projection {

    static final String READ_MODEL = "monitoring";
    private static final ZoneId CITY = ZoneId.of("Europe/Stockholm");

    private final MonitoringView view;

    MonitoringProjection(MonitoringView view) {
        this.view = view;
    }

    @Override
    public String readModel() {
        return READ_MODEL;
    }

    @Override
    public Set<EventType<?>> types() {
        return Set.copyOf(MonitoringEvents.ALL);
    }

    @Override
    public void apply(int gen, EventType<?> type, Object payload, EventEnvelope e) {
        LegislationItemSnapshot item = item(payload, e);
        AssessmentSnapshot assessment = assessment(payload, e);
        Consultation consultation = consultation(type, payload, e);
        AlertRaised alert = alert(payload, e);
        if (item != null) {
            view.upsertItem(gen, item, e);
        } else if (assessment != null) {
            view.upsertAssessment(gen, assessment, e);
        } else if (consultation != null) {
            view.upsertConsultation(gen, consultation, e);
        } else if (alert != null) {
            view.alerts(gen, List.of(alert), List.of(e));
        }
    }

    @Override
    public void check(Applied a) {
        item(a.payload(), a.envelope());
        assessment(a.payload(), a.envelope());
        consultation(a.type(), a.payload(), a.envelope());
        alert(a.payload(), a.envelope());
    }

    /** A rebuild poll: one upsert per item, assessment and consultation ({@link RowHistory}), alerts in one batch. */
    @Override
    public void applyAll(int gen, List<Applied> events) {
        Map<UUID, RowHistory<LegislationItemSnapshot>> items = new LinkedHashMap<>();
        Map<UUID, RowHistory<AssessmentSnapshot>> assessments = new LinkedHashMap<>();
        Map<UUID, RowHistory<Consultation>> consultations = new LinkedHashMap<>();
        List<AlertRaised> alerts = new ArrayList<>();
        List<EventEnvelope> alertEvents = new ArrayList<>();
        for (Applied a : events) {
            EventEnvelope e = a.envelope();
            LegislationItemSnapshot item = item(a.payload(), e);
            AssessmentSnapshot assessment = assessment(a.payload(), e);
            Consultation consultation = consultation(a.type(), a.payload(), e);
            AlertRaised alert = alert(a.payload(), e);
            if (item != null) {
                items.computeIfAbsent(item.itemId(), k -> new RowHistory<>()).add(a, item, null);
            } else if (assessment != null) {
                assessments.computeIfAbsent(assessment.assessmentId(), k -> new RowHistory<>()).add(a, assessment, null);
            } else if (consultation != null) {
                consultations.computeIfAbsent(consultation.snapshot().consultationId(), k -> new RowHistory<>())
                        .add(a, consultation, null);
            } else if (alert != null) {
                alerts.add(alert);
                alertEvents.add(e);
            }
        }
        List<Applied> oneByOne = new ArrayList<>();
        RowHistory.write(items.values(), h -> view.upsertItems(gen, h), new ArrayList<>())
                .forEach(h -> oneByOne.addAll(h.events()));
        RowHistory.write(assessments.values(), h -> view.upsertAssessments(gen, h), new ArrayList<>())
                .forEach(h -> oneByOne.addAll(h.events()));
        RowHistory.write(consultations.values(), h -> view.upsertConsultations(gen, h), new ArrayList<>())
                .forEach(h -> oneByOne.addAll(h.events())); // the upsert kept the earliest answer date
        view.alerts(gen, alerts, alertEvents);
        oneByOne.forEach(a -> apply(gen, a.type(), a.payload(), a.envelope()));
    }

    /** A consultation's snapshot, and the date an answer event answers it on (else null). */
    record Consultation(ConsultationSnapshot snapshot, LocalDate answeredOn) {
    }

    private static LegislationItemSnapshot item(Object payload, EventEnvelope e) {
        LegislationItemSnapshot s = payload instanceof ItemTracked p ? p.item()
                : payload instanceof ItemUpdated p ? p.item()
                : payload instanceof ItemStageChanged p ? p.item()
                : payload instanceof ItemDatesChanged p ? p.item() : null;
        if (s == null && !(payload instanceof ItemTracked || payload instanceof ItemUpdated
                || payload instanceof ItemStageChanged || payload instanceof ItemDatesChanged)) {
            return null;
        }
        if (s == null || s.itemId() == null || s.stage() == null) {
            throw malformed(e, "item lacks snapshot, id or stage");
        }
        requireSubject(e, s.itemId());
        return s;
    }

    private static AssessmentSnapshot assessment(Object payload, EventEnvelope e) {
        if (!(payload instanceof ItemAssessed || payload instanceof ActionDue)) {
            return null;
        }
        AssessmentSnapshot s = payload instanceof ItemAssessed p ? p.assessment() : ((ActionDue) payload).assessment();
        if (s == null || s.assessmentId() == null || s.itemId() == null || s.unit() == null || s.relevance() == null
                || s.status() == null) {
            throw malformed(e, "assessment lacks snapshot, id, item, unit, relevance or status");
        }
        requireSubject(e, s.assessmentId());
        return s;
    }

    private static Consultation consultation(EventType<?> type, Object payload, EventEnvelope e) {
        Consultation c;
        if (payload instanceof ConsultationChanged p) {
            c = new Consultation(p.consultation(), type.equals(MonitoringEvents.CONSULTATION_ANSWERED)
                    ? LocalDate.ofInstant(e.time(), CITY) : null);
        } else if (payload instanceof ConsultationDeadline p) {
            c = new Consultation(p.consultation(), null);
        } else {
            return null;
        }
        ConsultationSnapshot s = c.snapshot();
        if (s == null || s.consultationId() == null || s.responseStatus() == null) {
            throw malformed(e, "consultation lacks snapshot, id or response status");
        }
        requireSubject(e, s.consultationId());
        return c;
    }

    private static AlertRaised alert(Object payload, EventEnvelope e) {
        if (!(payload instanceof AlertRaised a)) {
            return null;
        }
        if (a.alertId() == null || a.unit() == null || a.reason() == null) {
            throw malformed(e, "alert lacks id, unit or reason");
        }
        return a;
    }

    private static void requireSubject(EventEnvelope e, UUID id) {
        if (!id.toString().equals(e.subject())) {
            throw malformed(e, "subject does not match the aggregate id");
        }
    }

    private static MalformedEventException malformed(EventEnvelope e, String why) {
        return new MalformedEventException(e.type() + " " + e.id() + ": " + why);
    }
}
