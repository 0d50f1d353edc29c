package se.goteborg.international.monitoring.alert;

import java.time.Instant;
import java.util.UUID;

import se.goteborg.international.events.contract.monitoring.AlertRaised;

/** Something a unit should look at, raised once per unit and condition. */
public record Alert(UUID id, String unit, AlertReason reason, String subjectType, UUID subjectId, UUID itemId,
                    String message, Instant raisedAt) {

    public AlertRaised event() {
        return new AlertRaised(id, unit, reason.name(), subjectType, subjectId, itemId, message, raisedAt);
    }
}
