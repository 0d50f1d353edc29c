package se.goteborg.international.events;

import java.util.List;

/**
 * Every Kafka topic of the platform. Names are explicit and versioned; a topic carries the events of
 * one kind of aggregate, keyed by aggregate id, so events of one aggregate stay in order.
 */
public final class Topics {

    /** Partnerships (twin and partner cities), their activities, and memberships. */
    public static final String PARTNERSHIP_EVENTS = "intl.partnership.events.v1";
    /** International and EU-funded projects. */
    public static final String PROJECT_EVENTS = "intl.project.events.v1";
    /** Watched legislation, assessments, consultations and alerts. */
    public static final String MONITORING_EVENTS = "intl.monitoring.events.v1";

    /** The domain topics, each retained forever: reporting rebuilds its read models from them. */
    public static final List<String> DOMAIN_TOPICS = List.of(PARTNERSHIP_EVENTS, PROJECT_EVENTS, MONITORING_EVENTS);

    private Topics() {
    }

    /** The dead-letter topic of one consuming application, e.g. {@code intl.dlt.reporting-service}. */
    public static String deadLetter(String consumerGroup) {
        return "intl.dlt." + consumerGroup;
    }
}
