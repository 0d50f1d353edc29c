package se.goteborg.international.reporting.partnership;

import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import se.goteborg.international.events.contract.partnership.PartnershipEvents;
import se.goteborg.international.events.EventCatalog;
import se.goteborg.international.events.EventType;
import se.goteborg.international.events.Topics;
import se.goteborg.international.events.consumer.EventInbox;
import se.goteborg.international.events.contract.partnership.PartnershipProposed;
import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.events.envelope.MalformedEventException;
import se.goteborg.international.reporting.readmodel.ParkedEvents;
import se.goteborg.international.reporting.readmodel.ReadModelProgress;

/**
 * Builds the partnership read model from partnership events. Each event is applied once (the inbox
 * records it in the same transaction); malformed ones go to the dead-letter topic through the
 * platform's error handler; unknown types and versions are parked, so the partition keeps moving.
 */
@Component
class PartnershipEventsListener {

    static final String READ_MODEL = "partnership";

    private final EventInbox inbox;
    private final PartnershipView view;
    private final ParkedEvents parked;
    private final ReadModelProgress progress;

    PartnershipEventsListener(EventInbox inbox, PartnershipView view, ParkedEvents parked, ReadModelProgress progress) {
        this.inbox = inbox;
        this.view = view;
        this.parked = parked;
        this.progress = progress;
    }

    @KafkaListener(topics = Topics.PARTNERSHIP_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, envelope -> apply(envelope, record));
    }

    private void apply(EventEnvelope envelope, ConsumerRecord<String, String> record) {
        Optional<EventType<?>> type = EventCatalog.byWireType(envelope.type());
        if (type.isEmpty()) {
            parked.park(envelope, record);
            return;
        }
        if (type.get().equals(PartnershipEvents.PROPOSED)) {
            PartnershipProposed p = inbox.codec().payload(envelope, PartnershipEvents.PROPOSED);
            requireComplete(envelope, p);
            view.upsert(p.partnershipId(), p.kind(), p.status(), p.cityName(), p.countryCode(),
                    envelope.id(), envelope.time());
            progress.applied(READ_MODEL, envelope.time());
        }
        // other known types have no report yet: the inbox marks them processed and we move on
    }

    /** A payload missing what the read model needs can never be applied: dead-letter it without retries. */
    private static void requireComplete(EventEnvelope envelope, PartnershipProposed p) {
        if (p.partnershipId() == null || isBlank(p.kind()) || isBlank(p.status()) || isBlank(p.cityName())
                || isBlank(p.countryCode())) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id() + " lacks required fields");
        }
        if (!p.partnershipId().equals(parseUuid(envelope.subject()))) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id()
                    + ": subject does not match partnershipId");
        }
    }

    private static UUID parseUuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
