package se.goteborg.international.reporting.readmodel;

import java.util.List;
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

    /**
     * Checks that {@link #apply} would find the event well-formed, without writing anything.
     *
     * @throws se.goteborg.international.events.envelope.MalformedEventException when it would not
     */
    void check(Applied event);

    /**
     * Applies one rebuild poll's events (arrival order) to generation {@code gen}, with the same result
     * as applying them one by one; a projection may write them in fewer statements ({@link RowHistory}).
     */
    default void applyAll(int gen, List<Applied> events) {
        for (Applied a : events) {
            apply(gen, a.type(), a.payload(), a.envelope());
        }
    }
}
