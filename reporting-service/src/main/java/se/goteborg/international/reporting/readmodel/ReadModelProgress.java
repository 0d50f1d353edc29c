package se.goteborg.international.reporting.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How current the read models are: events taken in and the newest event, per generation and read
 * model. Updated in the transaction that applies each event, so it always matches the rows.
 */
@Component
public class ReadModelProgress {

    private final JdbcClient jdbc;

    ReadModelProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that {@code readModel} of generation {@code gen} took in one more event. */
    public void applied(int gen, String readModel, Instant eventTime, UUID eventId) {
        applied(gen, readModel, 1, eventTime, eventId);
    }

    /** Records that {@code readModel} of generation {@code gen} took in {@code count} more events, the newest given. */
    public void applied(int gen, String readModel, long count, Instant eventTime, UUID eventId) {
        jdbc.sql("""
                insert into read_model_progress as p (gen, read_model, events_applied, last_event_time, last_event_id)
                values (:gen, :model, :count, :time, :id)
                on conflict (gen, read_model) do update
                   set events_applied = p.events_applied + excluded.events_applied,
                       last_event_id = case when (p.last_event_time, p.last_event_id) < (excluded.last_event_time, excluded.last_event_id)
                                            then excluded.last_event_id else p.last_event_id end,
                       last_event_time = greatest(p.last_event_time, excluded.last_event_time)""")
                .param("gen", gen)
                .param("model", readModel)
                .param("count", count)
                .param("time", Timestamp.from(eventTime))
                .param("id", eventId)
                .update();
    }

    /** All read models of one generation together: the newest event reflected and how many were taken in. */
    public AsOf asOf(int gen) {
        return jdbc.sql("""
                select (select last_event_time from read_model_progress where gen = :gen
                         order by last_event_time desc, last_event_id desc limit 1) as last_time,
                       (select last_event_id from read_model_progress where gen = :gen
                         order by last_event_time desc, last_event_id desc limit 1) as last_id,
                       (select coalesce(sum(events_applied), 0) from read_model_progress where gen = :gen) as n""")
                .param("gen", gen)
                .query((rs, row) -> {
                    OffsetDateTime last = rs.getObject("last_time", OffsetDateTime.class);
                    return new AsOf(last == null ? null : last.toInstant(), rs.getObject("last_id", UUID.class),
                            rs.getLong("n"), gen);
                })
                .single();
    }

    /**
     * @param lastEventTime the time of the newest event reflected, or null before the first one
     * @param lastEventId   the id of that event: the report is complete up to and including it
     * @param eventsApplied events taken in, each counted once however often it was delivered
     * @param generation    the read-model generation the figures come from (changes after a rebuild)
     */
    public record AsOf(@Schema(example = "2025-03-01T10:15:30Z") Instant lastEventTime,
                       @Schema(example = "0b9e6a8e-4f1c-4d5e-9a43-2f4b1c7d9e10") UUID lastEventId,
                       @Schema(example = "1234") long eventsApplied,
                       @Schema(example = "1") int generation) {
    }
}
