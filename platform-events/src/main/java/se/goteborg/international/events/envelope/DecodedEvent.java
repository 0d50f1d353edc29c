package se.goteborg.international.events.envelope;

import se.goteborg.international.events.EventType;

/**
 * An event read by {@link EventCodec#decode}: its envelope and its payload record.
 *
 * @param envelope the envelope; its {@code data} is null when the payload was read straight into its record
 * @param type     the event's type, or null when this build does not know it (then {@code data} holds the data)
 * @param payload  the payload record of {@code type}, or null with it
 */
public record DecodedEvent(EventEnvelope envelope, EventType<?> type, Object payload) {
}
