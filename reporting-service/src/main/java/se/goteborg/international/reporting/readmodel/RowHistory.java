package se.goteborg.international.reporting.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import se.goteborg.international.events.envelope.EventEnvelope;

/**
 * The events of one read-model row within one rebuild poll, in arrival order, each with the row it
 * states (every such event carries the aggregate's whole snapshot). When they arrived in (time, id)
 * order, applying them one by one to a row that holds only older events ends with the last one's
 * values, the earliest time as first_seen and the start of the last status run as status_since: so one
 * upsert of the last row with those figures has the same effect. The upsert takes the row only if it
 * is older than the first of these events; otherwise (a newer event is there already, e.g. from the
 * live listener) or when they arrived out of order, the events are applied one by one as before.
 *
 * @param <R> the row an event states
 */
public final class RowHistory<R> {

    /**
     * The end of an upsert of a row with first_seen and status_since, taking {@link #params}: the
     * earliest first_seen, status_since kept while the status stays, the last event, and only into a
     * row older than the first event.
     */
    public static final String SEEN_STATUS_LAST = """
            first_seen = least(v.first_seen, excluded.first_seen),
                   status_since = case when v.status = excluded.status and :oneStatus then v.status_since
                                       else excluded.status_since end,
                   last_event_id = excluded.last_event_id, last_event_time = excluded.last_event_time
             where (v.last_event_time, v.last_event_id) < (:fromTime, :fromId)""";

    private final List<Applied> events = new ArrayList<>();
    private final List<R> rows = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();

    /** One more event of this row; {@code status} may be null for rows without a status. */
    public RowHistory<R> add(Applied event, R row, String status) {
        events.add(event);
        rows.add(row);
        statuses.add(status);
        return this;
    }

    /** A history of one event (the live path). */
    public static <R> RowHistory<R> of(R row, String status, EventEnvelope e) {
        return new RowHistory<R>().add(new Applied(null, null, e), row, status);
    }

    public List<Applied> events() {
        return events;
    }

    public List<R> rows() {
        return rows;
    }

    /** The row the last event states. */
    public R row() {
        return rows.get(rows.size() - 1);
    }

    /** Whether each event is newer in (time, id) than the one before it. */
    public boolean inOrder() {
        for (int i = 1; i < events.size(); i++) {
            if (!newer(events.get(i).envelope(), events.get(i - 1).envelope())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The figures of the collapsed upsert: {@code eventId}/{@code time} the last event's, {@code fromId}/
     * {@code fromTime} the first's (the row must be older than that), {@code firstSeen} the earliest time,
     * {@code statusSince} when the last status run began and {@code oneStatus} whether it spans them all.
     */
    public MapSqlParameterSource params(int gen) {
        EventEnvelope first = events.get(0).envelope();
        EventEnvelope last = events.get(events.size() - 1).envelope();
        int run = statuses.size() - 1;
        while (run > 0 && Objects.equals(statuses.get(run - 1), statuses.get(statuses.size() - 1))) {
            run--;
        }
        Instant earliest = events.stream().map(a -> a.envelope().time()).min(Instant::compareTo).orElseThrow();
        return new MapSqlParameterSource().addValue("gen", gen)
                .addValue("eventId", last.id()).addValue("time", Sql.ts(last.time()))
                .addValue("fromId", first.id()).addValue("fromTime", Sql.ts(first.time()))
                .addValue("firstSeen", Sql.ts(earliest))
                .addValue("statusSince", Sql.ts(events.get(run).envelope().time()))
                .addValue("oneStatus", run == 0);
    }

    /**
     * Writes the in-order histories with one batched statement ({@code upsert} returns one update count
     * per history) and returns those it did not write (out of order, or the row holds a newer event):
     * their events are to be applied one by one. {@code taken} receives the written ones.
     */
    public static <R> List<RowHistory<R>> write(Collection<RowHistory<R>> histories,
                                                Function<List<RowHistory<R>>, int[]> upsert,
                                                List<RowHistory<R>> taken) {
        List<RowHistory<R>> oneByOne = new ArrayList<>();
        List<RowHistory<R>> collapsed = new ArrayList<>();
        for (RowHistory<R> h : histories) {
            (h.inOrder() ? collapsed : oneByOne).add(h);
        }
        if (collapsed.isEmpty()) {
            return oneByOne;
        }
        int[] counts = upsert.apply(collapsed);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) { // a driver rewriting batches would not say which rows took the event
                throw new IllegalStateException("batched upsert without update counts");
            }
            (counts[i] == 0 ? oneByOne : taken).add(collapsed.get(i));
        }
        return oneByOne;
    }

    private static boolean newer(EventEnvelope a, EventEnvelope b) {
        int c = a.time().compareTo(b.time());
        return c > 0 || (c == 0 && a.id().compareTo(b.id()) > 0);
    }
}
