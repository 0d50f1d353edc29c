package se.goteborg.international.events.contract.monitoring;

import java.util.List;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.Topics;

/** The events monitoring-service publishes, all on {@link Topics#MONITORING_EVENTS}, keyed by aggregate id. */
public final class MonitoringEvents {

    private static final String TOPIC = Topics.MONITORING_EVENTS;

    public static final EventType<ItemTracked> ITEM_TRACKED =
            new EventType<>("monitoring.item-tracked", 1, TOPIC, ItemTracked.class);
    public static final EventType<ItemUpdated> ITEM_UPDATED =
            new EventType<>("monitoring.item-updated", 1, TOPIC, ItemUpdated.class);
    public static final EventType<ItemStageChanged> ITEM_STAGE_CHANGED =
            new EventType<>("monitoring.item-stage-changed", 1, TOPIC, ItemStageChanged.class);
    public static final EventType<ItemDatesChanged> ITEM_DATES_CHANGED =
            new EventType<>("monitoring.item-dates-changed", 1, TOPIC, ItemDatesChanged.class);
    public static final EventType<ItemAssessed> ITEM_ASSESSED =
            new EventType<>("monitoring.item-assessed", 1, TOPIC, ItemAssessed.class);
    public static final EventType<ActionDue> ACTION_DUE =
            new EventType<>("monitoring.action-due", 1, TOPIC, ActionDue.class);
    public static final EventType<ActionDue> ACTION_OVERDUE =
            new EventType<>("monitoring.action-overdue", 1, TOPIC, ActionDue.class);
    public static final EventType<ConsultationChanged> CONSULTATION_OPENED =
            new EventType<>("monitoring.consultation-opened", 1, TOPIC, ConsultationChanged.class);
    public static final EventType<ConsultationChanged> CONSULTATION_UPDATED =
            new EventType<>("monitoring.consultation-updated", 1, TOPIC, ConsultationChanged.class);
    public static final EventType<ConsultationChanged> CONSULTATION_ANSWERED =
            new EventType<>("monitoring.consultation-answered", 1, TOPIC, ConsultationChanged.class);
    public static final EventType<ConsultationDeadline> CONSULTATION_DEADLINE_NEAR =
            new EventType<>("monitoring.consultation-deadline-near", 1, TOPIC, ConsultationDeadline.class);
    public static final EventType<ConsultationDeadline> CONSULTATION_DEADLINE_PASSED =
            new EventType<>("monitoring.consultation-deadline-passed", 1, TOPIC, ConsultationDeadline.class);
    public static final EventType<AlertRaised> ALERT_RAISED =
            new EventType<>("monitoring.alert-raised", 1, TOPIC, AlertRaised.class);

    public static final List<EventType<?>> ALL = List.of(ITEM_TRACKED, ITEM_UPDATED, ITEM_STAGE_CHANGED,
            ITEM_DATES_CHANGED, ITEM_ASSESSED, ACTION_DUE, ACTION_OVERDUE, CONSULTATION_OPENED, CONSULTATION_UPDATED,
            CONSULTATION_ANSWERED, CONSULTATION_DEADLINE_NEAR, CONSULTATION_DEADLINE_PASSED, ALERT_RAISED);

    private MonitoringEvents() {
    }
}
