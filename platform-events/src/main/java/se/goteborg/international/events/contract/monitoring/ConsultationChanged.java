package se.goteborg.international.events.contract.monitoring;

/**
 * A consultation was opened (registered), changed, or answered.
 *
 * @param consultation the consultation after the change
 * @param changedBy    who made the change
 */
public record ConsultationChanged(ConsultationSnapshot consultation, String changedBy) {
}
