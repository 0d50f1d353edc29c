package se.goteborg.international.monitoring.alert;

/**
 * Tells people about an alert outside the platform, after the alert is committed. The seam for
 * e-mail, which is a later step; today's implementation only logs ({@link LoggingAlertNotifier}).
 */
public interface AlertNotifier {

    void alertRaised(Alert alert);
}
