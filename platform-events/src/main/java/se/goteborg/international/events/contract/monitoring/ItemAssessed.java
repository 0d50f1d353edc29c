package se.goteborg.international.events.contract.monitoring;

/**
 * A unit recorded or changed its assessment of a watched item.
 *
 * @param assessment the assessment after the change
 * @param changedBy  who made the change
 */
public record ItemAssessed(AssessmentSnapshot assessment, String changedBy) {
}
