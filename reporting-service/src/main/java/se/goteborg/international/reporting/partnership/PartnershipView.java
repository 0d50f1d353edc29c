package se.goteborg.international.reporting.partnership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partnership read model: one row per partnership, its latest known state. */
@Repository
public class PartnershipView {

    private final JdbcClient jdbc;

    PartnershipView(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the partnership's state as of one event, unless the row already reflects a later event.
     * Comparing (time, event id) rather than arrival order makes the result the same whatever order
     * Kafka delivers in, and a repeated event a no-op. Returns whether the row changed.
     */
    boolean upsert(UUID partnershipId, String kind, String status, String cityName, String countryCode,
                   UUID eventId, Instant eventTime) {
        return jdbc.sql("""
                insert into partnership_view as v (partnership_id, kind, status, city_name, country_code,
                                                   last_event_id, last_event_time, updated_at)
                values (:id, :kind, :status, :city, :country, :eventId, :eventTime, now())
                on conflict (partnership_id) do update
                   set kind = excluded.kind, status = excluded.status, city_name = excluded.city_name,
                       country_code = excluded.country_code, last_event_id = excluded.last_event_id,
                       last_event_time = excluded.last_event_time, updated_at = now()
                 where (v.last_event_time, v.last_event_id) < (excluded.last_event_time, excluded.last_event_id)""")
                .param("id", partnershipId)
                .param("kind", kind)
                .param("status", status)
                .param("city", cityName)
                .param("country", countryCode)
                .param("eventId", eventId)
                .param("eventTime", Timestamp.from(eventTime))
                .update() == 1;
    }

    /** Counts by kind and by status in one grouped query; {@code kind} null means all kinds. */
    public PartnershipCounts counts(PartnershipKind kind) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (PartnershipKind k : PartnershipKind.values()) {
            byKind.put(k.name(), 0L);
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        long[] total = {0};
        // grouping sets: per kind, per status and the grand total (a row even when nothing matches)
        jdbc.sql("""
                select kind, status, grouping(kind) as all_kinds, grouping(status) as all_statuses, count(*) as n
                from partnership_view
                where cast(:kind as text) is null or kind = :kind
                group by grouping sets ((kind), (status), ())
                order by all_kinds, all_statuses, kind, status""")
                .param("kind", kind == null ? null : kind.name())
                .query(rs -> {
                    boolean allKinds = rs.getInt("all_kinds") == 1;
                    boolean allStatuses = rs.getInt("all_statuses") == 1;
                    long n = rs.getLong("n");
                    if (allKinds && allStatuses) {
                        total[0] = n;
                    } else if (allStatuses) {
                        byKind.put(rs.getString("kind"), n); // a kind newer than this build still shows
                    } else {
                        byStatus.put(rs.getString("status"), n);
                    }
                });
        return new PartnershipCounts(total[0], byKind, byStatus);
    }
}
