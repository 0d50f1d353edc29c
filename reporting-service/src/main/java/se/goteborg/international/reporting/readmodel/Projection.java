package se.goteborg.international.reporting.readmodel;

import java.util.Set;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.envelope.EventEnvelope;

/**
 * Maps one domain's events onto its read-model rows: the one place to adjust when a contract changes.
 * Writes must be idempotent per (generation, row) and never move a row back to an older event.
 */
public interface Projection {

    /** The read model's name in progress and "as of" figures. */
    String readModel();

    /** The event types this projection takes in (known types it does not list are counted but change nothing). */
    Set<EventType<?>> types();

    /**
     * Applies one event to generation {@code gen}.
     *
     * @throws se.goteborg.international.events.envelope.MalformedEventException when the payload lacks what is needed
     */
    void apply(int gen, EventType<?> type, Object payload, EventEnvelope envelope);
}
