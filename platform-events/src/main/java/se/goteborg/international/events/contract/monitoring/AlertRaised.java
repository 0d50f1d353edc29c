package se.goteborg.international.events.contract.monitoring;

import java.time.Instant;
import java.util.UUID;

/**
 * Something a unit asked to hear about, or is responsible for, needs its attention. Raised once per
 * unit and condition.
 *
 * @param alertId     the aggregate id (also the Kafka key)
 * @param unit        the unit alerted
 * @param reason      NEW_MATCH, STAGE_CHANGED, DATE_CHANGED, ACTION_DUE, ACTION_OVERDUE,
 *                    CONSULTATION_CLOSING, CONSULTATION_CLOSED
 * @param subjectType ITEM, ASSESSMENT or CONSULTATION
 * @param subjectId   the id of that item, assessment or consultation
 * @param itemId      the watched item concerned, if any
 * @param message     what happened, in plain words
 * @param raisedAt    when
 */
public record AlertRaised(UUID alertId, String unit, String reason, String subjectType, UUID subjectId, UUID itemId,
                          String message, Instant raisedAt) {
}
