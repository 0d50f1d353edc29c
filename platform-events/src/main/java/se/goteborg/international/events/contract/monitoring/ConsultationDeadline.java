package se.goteborg.international.events.contract.monitoring;

/**
 * A consultation's feedback window closes within the warning period (14 days), or closed unanswered.
 *
 * @param consultation the consultation
 * @param daysLeft     days until the window closes; negative when it has closed
 */
public record ConsultationDeadline(ConsultationSnapshot consultation, int daysLeft) {
}
