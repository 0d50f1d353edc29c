package se.goteborg.international.monitoring.alert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Placeholder until e-mail exists: writes each alert to the log. The e-mail step replaces this bean. */
@Component
class LoggingAlertNotifier implements AlertNotifier {

    private static final Logger log = LoggerFactory.getLogger(LoggingAlertNotifier.class);

    @Override
    public void alertRaised(Alert alert) {
        log.info("Alert for {}: {} – {}", alert.unit(), alert.reason(), alert.message());
    }
}
