package se.goteborg.international.events.contract.monitoring;

import java.util.List;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.Topics;

/** The events monitoring-service publishes, all on {@link Topics#MONITORING_EVENTS}, keyed by aggregate id. */
public final class MonitoringEvents {

    public static final List<EventType<?>> ALL = List.of();

    private MonitoringEvents() {
    }
}
