package se.goteborg.international.reporting.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
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
import se.goteborg.international.reporting.readmodel.Projection;

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
        if (payload instanceof ItemTracked p) {
            item(gen, p.item(), e);
        } else if (payload instanceof ItemUpdated p) {
            item(gen, p.item(), e);
        } else if (payload instanceof ItemStageChanged p) {
            item(gen, p.item(), e);
        } else if (payload instanceof ItemDatesChanged p) {
            item(gen, p.item(), e);
        } else if (payload instanceof ItemAssessed p) {
            assessment(gen, p.assessment(), e);
        } else if (payload instanceof ActionDue p) {
            assessment(gen, p.assessment(), e);
        } else if (payload instanceof ConsultationChanged p) {
            LocalDate answeredOn = type.equals(MonitoringEvents.CONSULTATION_ANSWERED)
                    ? LocalDate.ofInstant(e.time(), CITY) : null;
            consultation(gen, p.consultation(), answeredOn, e);
        } else if (payload instanceof ConsultationDeadline p) {
            consultation(gen, p.consultation(), null, e);
        } else if (payload instanceof AlertRaised a) {
            if (a.alertId() == null || a.unit() == null || a.reason() == null) {
                throw malformed(e, "alert lacks id, unit or reason");
            }
            view.alert(gen, a, a.raisedAt() == null ? e.time() : a.raisedAt());
        }
    }

    private void item(int gen, LegislationItemSnapshot s, EventEnvelope e) {
        if (s == null || s.itemId() == null || s.stage() == null) {
            throw malformed(e, "item lacks snapshot, id or stage");
        }
        requireSubject(e, s.itemId());
        view.upsertItem(gen, s, e);
    }

    private void assessment(int gen, AssessmentSnapshot s, EventEnvelope e) {
        if (s == null || s.assessmentId() == null || s.itemId() == null || s.unit() == null || s.relevance() == null
                || s.status() == null) {
            throw malformed(e, "assessment lacks snapshot, id, item, unit, relevance or status");
        }
        requireSubject(e, s.assessmentId());
        view.upsertAssessment(gen, s, e);
    }

    private void consultation(int gen, ConsultationSnapshot s, LocalDate answeredOn, EventEnvelope e) {
        if (s == null || s.consultationId() == null || s.responseStatus() == null) {
            throw malformed(e, "consultation lacks snapshot, id or response status");
        }
        requireSubject(e, s.consultationId());
        view.upsertConsultation(gen, s, answeredOn, e);
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
