package se.goteborg.international.events.contract.monitoring;

/**
 * An assessment's actions are due within the warning period (14 days), or overdue.
 *
 * @param assessment the assessment
 * @param daysLeft   days until the due date; negative when overdue
 */
public record ActionDue(AssessmentSnapshot assessment, int daysLeft) {
}
