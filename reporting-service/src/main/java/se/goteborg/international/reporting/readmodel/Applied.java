package se.goteborg.international.reporting.readmodel;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.envelope.EventEnvelope;

/** An event a projection is to apply: its known type, decoded payload and envelope. */
public record Applied(EventType<?> type, Object payload, EventEnvelope envelope) {
}
