package se.goteborg.international.partnership.membership;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.partnership.shared.Decision;
import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.problem.ApiException;

@Repository
class MembershipRepository {

    private static final TypeReference<List<Decision>> DECISIONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MembershipRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Membership m, String actor) {
        jdbc.sql("""
                insert into membership (id, organisation, status, purpose, yearly_cost, currency, responsible_unit,
                    review_date, decisions, ended_on, ended_reason, version, created_at, updated_at, changed_by)
                values (:id, :organisation, :status, :purpose, :cost, :currency, :unit, :review, cast(:decisions as jsonb),
                    :endedOn, :endedReason, :version, :now, :now, :actor)""")
                .params(columns(m, actor)).param("now", Timestamp.from(m.createdAt())).update();
    }

    void update(Membership m, long expectedVersion, String actor, Instant now) {
        int updated = jdbc.sql("""
                update membership set organisation = :organisation, status = :status, purpose = :purpose,
                    yearly_cost = :cost, currency = :currency, responsible_unit = :unit, review_date = :review,
                    decisions = cast(:decisions as jsonb), ended_on = :endedOn, ended_reason = :endedReason,
                    version = :version, updated_at = :now, changed_by = :actor
                where id = :id and version = :expected""")
                .params(columns(m, actor)).param("now", Timestamp.from(now)).param("expected", expectedVersion)
                .update();
        if (updated == 0) {
            throw ApiException.conflict("concurrent-change",
                    "Someone else changed this membership meanwhile; reload it and try again");
        }
    }

    Optional<Membership> find(UUID id) {
        return jdbc.sql("select * from membership where id = :id").param("id", id).query(this::map).optional();
    }

    List<Membership> search(MembershipStatus status, String text, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select * from membership" + where(status, text, params)
                        + " order by organisation, id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(this::map).list();
    }

    long count(MembershipStatus status, String text) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from membership" + where(status, text, params)).params(params)
                .query(Long.class).single();
    }

    private static String where(MembershipStatus status, String text, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where true");
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status.name());
        }
        if (text != null) {
            sql.append(" and (organisation ilike :text escape '\\' or purpose ilike :text escape '\\'"
                    + " or responsible_unit ilike :text escape '\\')");
            params.put("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql.toString();
    }

    private Map<String, Object> columns(Membership m, String actor) {
        MembershipDetails d = m.details();
        Map<String, Object> c = new HashMap<>();
        c.put("id", m.id());
        c.put("organisation", d.organisation());
        c.put("status", m.status().name());
        c.put("purpose", d.purpose());
        c.put("cost", d.yearlyCost());
        c.put("currency", d.currency());
        c.put("unit", d.responsibleUnit());
        c.put("review", date(d.reviewDate()));
        c.put("decisions", json.writeValueAsString(m.decisions()));
        c.put("endedOn", date(m.endedOn()));
        c.put("endedReason", m.endedReason());
        c.put("version", m.version());
        c.put("actor", actor);
        return c;
    }

    private Membership map(ResultSet rs, int row) throws SQLException {
        MembershipDetails details = new MembershipDetails(rs.getString("organisation"), rs.getString("purpose"),
                rs.getBigDecimal("yearly_cost"), rs.getString("currency"), rs.getString("responsible_unit"),
                localDate(rs, "review_date"));
        return new Membership(rs.getObject("id", UUID.class), details, MembershipStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("decisions"), DECISIONS), localDate(rs, "ended_on"),
                rs.getString("ended_reason"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant());
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
