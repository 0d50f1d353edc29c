package se.goteborg.international.reporting.project;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import se.goteborg.international.events.Topics;
import se.goteborg.international.events.consumer.EventInbox;
import se.goteborg.international.reporting.readmodel.EventApplier;

/**
 * Takes {@link Topics#PROJECT_EVENTS} into the read models. Each event is applied once (the inbox records it
 * in the same transaction); malformed ones go to the dead-letter topic through the platform's error
 * handler; unknown types and versions are parked, so the partition keeps moving.
 */
@Component
class ProjectEventsListener {

    private final EventInbox inbox;
    private final EventApplier applier;

    ProjectEventsListener(EventInbox inbox, EventApplier applier) {
        this.inbox = inbox;
        this.applier = applier;
    }

    @KafkaListener(id = "reporting-project", idIsGroup = false, topics = Topics.PROJECT_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, envelope -> applier.applyLive(envelope, record));
    }
}
