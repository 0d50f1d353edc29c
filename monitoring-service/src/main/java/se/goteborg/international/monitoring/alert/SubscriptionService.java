package se.goteborg.international.monitoring.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.monitoring.Sql;
import se.goteborg.international.service.problem.ApiException;

@Service
public class SubscriptionService {

    private final JdbcClient jdbc;
    private final Clock clock;

    SubscriptionService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Subscription subscribe(SubscriptionRequest request) {
        String value = normalisedValue(request.kind(), request.value());
        Subscription s = new Subscription(UUID.randomUUID(), request.unit().strip(), request.kind(), value,
                clock.instant());
        int inserted = jdbc.sql("""
                insert into subscription (id, unit, kind, value, created_at) values (:id, :unit, :kind, :value, :at)
                on conflict (unit, kind, value) do nothing""")
                .param("id", s.id()).param("unit", s.unit()).param("kind", s.kind().name()).param("value", value)
                .param("at", Timestamp.from(s.createdAt())).update();
        if (inserted == 0) {
            throw ApiException.conflict("already-subscribed", s.unit() + " already subscribes to " + s.kind()
                    + " '" + value + "'");
        }
        return s;
    }

    private String normalisedValue(SubscriptionKind kind, String raw) {
        String value = raw.strip().toLowerCase(Locale.ROOT);
        switch (kind) {
            case ITEM -> {
                UUID item;
                try {
                    item = UUID.fromString(value);
                } catch (IllegalArgumentException e) {
                    throw ApiException.ruleViolated("invalid-item-id", "value", "for an ITEM subscription the value"
                            + " must be a watched item's id (UUID)");
                }
                boolean exists = jdbc.sql("select count(*) from watched_item where id = :id").param("id", item)
                        .query(Long.class).single() > 0;
                if (!exists) {
                    throw ApiException.ruleViolated("unknown-item", "value", "no watched item has the id " + item);
                }
                return item.toString();
            }
            case KEYWORD -> {
                if (value.length() < 3) {
                    throw ApiException.ruleViolated("keyword-too-short", "value",
                            "a keyword needs at least 3 characters, or it would match almost everything");
                }
                return value;
            }
            default -> {
                return value;
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Subscription> list(String unit) {
        return jdbc.sql("select * from subscription" + (unit == null ? "" : " where unit = :unit")
                        + " order by unit, kind, value")
                .params(unit == null ? java.util.Map.of() : java.util.Map.of("unit", unit))
                .query((rs, n) -> new Subscription(Sql.uuid(rs, "id"), rs.getString("unit"),
                        SubscriptionKind.valueOf(rs.getString("kind")), rs.getString("value"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Transactional
    public void unsubscribe(UUID id) {
        if (jdbc.sql("delete from subscription where id = :id").param("id", id).update() == 0) {
            throw ApiException.notFound("subscription", id);
        }
    }
}
