package se.goteborg.international.reporting.partnership;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import se.goteborg.international.events.Topics;
import se.goteborg.international.events.consumer.EventInbox;
import se.goteborg.international.reporting.readmodel.EventApplier;

/**
 * Takes {@link Topics#PARTNERSHIP_EVENTS} into the read models. Each event is applied once (the inbox records it
 * in the same transaction); malformed ones go to the dead-letter topic through the platform's error
 * handler; unknown types and versions are parked, so the partition keeps moving.
 */
@Component
class PartnershipEventsListener {

    private final EventInbox inbox;
    private final EventApplier applier;

    PartnershipEventsListener(EventInbox inbox, EventApplier applier) {
        this.inbox = inbox;
        this.applier = applier;
    }

    @KafkaListener(id = "reporting-partnership", idIsGroup = false, topics = Topics.PARTNERSHIP_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, envelope -> applier.applyLive(envelope, record));
    }
}
