package se.goteborg.international.reporting.readmodel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.goteborg.international.events.EventCatalog;
import se.goteborg.international.events.EventType;
import se.goteborg.international.events.envelope.EventCodec;
import se.goteborg.international.events.envelope.EventEnvelope;

/**
 * Takes one event into the read models of one or more generations. Known types go to the projection
 * that lists them; unknown types or versions are parked. A generation takes each event id once
 * ({@code applied_event}), so a redelivery, a replay, or the live listener and a rebuild both seeing
 * an event change nothing twice.
 */
@Component
public class EventApplier {

    private final JdbcClient jdbc;
    private final EventCodec codec;
    private final ParkedEvents parked;
    private final ReadModelProgress progress;
    private final Generations generations;
    private final Map<EventType<?>, Projection> byType = new HashMap<>();

    EventApplier(JdbcClient jdbc, EventCodec codec, ParkedEvents parked, ReadModelProgress progress,
                 Generations generations, List<Projection> projections) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.parked = parked;
        this.progress = progress;
        this.generations = generations;
        for (Projection p : projections) {
            p.types().forEach(t -> byType.put(t, p));
        }
    }

    /** The live path: call inside the inbox transaction. */
    public void applyLive(EventEnvelope envelope, ConsumerRecord<String, String> record) {
        Optional<EventType<?>> type = EventCatalog.byWireType(envelope.type());
        if (type.isEmpty()) {
            parked.park(envelope, record);
            return;
        }
        Object payload = codec.payload(envelope, type.get());
        for (int gen : generations.writing()) {
            applyTo(gen, type.get(), payload, envelope);
        }
    }

    /** The rebuild path: one generation only; unknown types were parked by the live listener already. */
    public void applyRebuild(int gen, EventEnvelope envelope, ConsumerRecord<String, String> record) {
        Optional<EventType<?>> type = EventCatalog.byWireType(envelope.type());
        if (type.isEmpty()) {
            parked.park(envelope, record); // a no-op when already parked
            return;
        }
        applyTo(gen, type.get(), codec.payload(envelope, type.get()), envelope);
    }

    private void applyTo(int gen, EventType<?> type, Object payload, EventEnvelope envelope) {
        int claimed = jdbc.sql("insert into applied_event (gen, event_id) values (:gen, :id) on conflict do nothing")
                .param("gen", gen).param("id", envelope.id()).update();
        if (claimed == 0) {
            return;
        }
        Projection projection = byType.get(type);
        if (projection == null) {
            return; // a known type no report uses (yet)
        }
        projection.apply(gen, type, payload, envelope);
        progress.applied(gen, projection.readModel(), envelope.time(), envelope.id());
    }
}
