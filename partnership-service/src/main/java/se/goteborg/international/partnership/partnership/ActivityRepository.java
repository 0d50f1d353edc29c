package se.goteborg.international.partnership.partnership;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.partnership.shared.PriorityArea;
import se.goteborg.international.service.api.PageRequest;

@Repository
class ActivityRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Set<PriorityArea>> AREAS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ActivityRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Activity a) {
        jdbc.sql("""
                insert into partnership_activity (id, partnership_id, type, title, start_date, end_date, place, theme,
                    host, participants, units, outcomes, priority_areas, recorded_at, recorded_by)
                values (:id, :partnership, :type, :title, :start, :end, :place, :theme, :host,
                    cast(:participants as jsonb), cast(:units as jsonb), :outcomes, cast(:areas as jsonb), :at, :by)""")
                .param("id", a.id()).param("partnership", a.partnershipId()).param("type", a.type().name())
                .param("title", a.title()).param("start", Date.valueOf(a.startDate()))
                .param("end", a.endDate() == null ? null : Date.valueOf(a.endDate()))
                .param("place", a.place()).param("theme", a.theme()).param("host", a.host())
                .param("participants", json.writeValueAsString(a.participants()))
                .param("units", json.writeValueAsString(a.units()))
                .param("outcomes", a.outcomes())
                .param("areas", json.writeValueAsString(a.priorityAreas().stream().sorted().toList()))
                .param("at", Timestamp.from(a.recordedAt())).param("by", a.recordedBy())
                .update();
    }

    List<Activity> list(UUID partnershipId, PageRequest page) {
        return jdbc.sql("""
                select * from partnership_activity where partnership_id = :id
                order by start_date desc, recorded_at desc limit :limit offset :offset""")
                .param("id", partnershipId).param("limit", page.size()).param("offset", page.offset())
                .query(this::map).list();
    }

    Optional<Activity> find(UUID partnershipId, UUID activityId) {
        return jdbc.sql("select * from partnership_activity where partnership_id = :p and id = :id")
                .param("p", partnershipId).param("id", activityId).query(this::map).optional();
    }

    long count(UUID partnershipId) {
        return jdbc.sql("select count(*) from partnership_activity where partnership_id = :id")
                .param("id", partnershipId).query(Long.class).single();
    }

    private Activity map(ResultSet rs, int row) throws SQLException {
        Date end = rs.getDate("end_date");
        return new Activity(rs.getObject("id", UUID.class), rs.getObject("partnership_id", UUID.class),
                ActivityType.valueOf(rs.getString("type")), rs.getString("title"), rs.getDate("start_date").toLocalDate(),
                end == null ? null : end.toLocalDate(), rs.getString("place"), rs.getString("theme"),
                rs.getString("host"), json.readValue(rs.getString("participants"), STRINGS),
                json.readValue(rs.getString("units"), STRINGS), rs.getString("outcomes"),
                json.readValue(rs.getString("priority_areas"), AREAS), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }
}
