package se.goteborg.international.reporting.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How current the read models are: events taken in and the newest event time, per read model.
 * Updated in the transaction that applies each event, so it always matches the read model's rows.
 */
@Component
public class ReadModelProgress {

    private final JdbcClient jdbc;

    ReadModelProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that {@code readModel} took in one more event. One row per read model: its listener is its only writer. */
    public void applied(String readModel, Instant eventTime) {
        jdbc.sql("""
                insert into read_model_progress as p (read_model, events_applied, last_event_time, updated_at)
                values (:model, 1, :time, now())
                on conflict (read_model) do update
                   set events_applied = p.events_applied + 1,
                       last_event_time = greatest(p.last_event_time, excluded.last_event_time),
                       updated_at = now()""")
                .param("model", readModel)
                .param("time", Timestamp.from(eventTime))
                .update();
    }

    /** All read models together: the newest event any of them reflects and how many events they took in. */
    public AsOf asOf() {
        return jdbc.sql("select max(last_event_time), coalesce(sum(events_applied), 0) from read_model_progress")
                .query((rs, row) -> {
                    OffsetDateTime last = rs.getObject(1, OffsetDateTime.class);
                    return new AsOf(last == null ? null : last.toInstant(), rs.getLong(2));
                })
                .single();
    }

    /**
     * @param lastEventTime the time of the newest event reflected, or null before the first one
     * @param eventsApplied events taken in, each counted once however often it was delivered
     */
    public record AsOf(Instant lastEventTime, long eventsApplied) {
    }
}
