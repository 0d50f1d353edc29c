package se.goteborg.international.partnership.partnership;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.partnership.shared.Decision;
import se.goteborg.international.partnership.shared.PriorityArea;
import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.problem.ApiException;

@Repository
class PartnershipRepository {

    private static final TypeReference<List<Decision>> DECISIONS = new TypeReference<>() { };
    private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() { };
    private static final TypeReference<Set<PriorityArea>> AREAS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PartnershipRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Partnership p, String actor) {
        jdbc.sql("""
                insert into partnership (id, kind, city_name, country_code, status, version, created_at, updated_at,
                    local_name, latitude, longitude, priority_areas, mutual_benefit, responsible_unit, contacts,
                    meeting_cadence, decisions, agreement_start, agreement_end, renewal_due, dormant_since,
                    dormant_reason, ended_on, ended_reason, changed_by)
                values (:id, :kind, :city, :country, :status, :version, :created, :created,
                    :localName, :lat, :lon, cast(:priorityAreas as jsonb), :benefit, :unit, cast(:contacts as jsonb),
                    :cadence, cast(:decisions as jsonb), :aStart, :aEnd, :renewal, :dSince,
                    :dReason, :eOn, :eReason, :actor)""")
                .params(columns(p, actor))
                .param("kind", p.kind().name())
                .param("created", Timestamp.from(p.createdAt()))
                .update();
        saveCooperationAreas(p);
    }

    /** Saves the next state if the stored one is still {@code expectedVersion}; else someone changed it meanwhile. */
    void update(Partnership p, long expectedVersion, String actor, Instant now) {
        int updated = jdbc.sql("""
                update partnership set city_name = :city, country_code = :country, status = :status,
                    version = :version, updated_at = :now, local_name = :localName, latitude = :lat,
                    longitude = :lon, priority_areas = cast(:priorityAreas as jsonb), mutual_benefit = :benefit,
                    responsible_unit = :unit, contacts = cast(:contacts as jsonb), meeting_cadence = :cadence,
                    decisions = cast(:decisions as jsonb), agreement_start = :aStart, agreement_end = :aEnd,
                    renewal_due = :renewal, dormant_since = :dSince, dormant_reason = :dReason, ended_on = :eOn,
                    ended_reason = :eReason, changed_by = :actor
                where id = :id and version = :expected""")
                .params(columns(p, actor))
                .param("now", Timestamp.from(now))
                .param("expected", expectedVersion)
                .update();
        if (updated == 0) {
            throw ApiException.conflict("concurrent-change",
                    "Someone else changed this partnership meanwhile; reload it and try again");
        }
        jdbc.sql("delete from partnership_cooperation_area where partnership_id = :id").param("id", p.id()).update();
        saveCooperationAreas(p);
    }

    Optional<Partnership> find(UUID id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(this::map).optional();
    }

    /** Who made the latest change. */
    String changedBy(UUID id) {
        return jdbc.sql("select changed_by from partnership where id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
    }

    List<Partnership> search(PartnershipFilter f, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return jdbc.sql(SELECT + where + " order by p.city_name, p.id limit :limit offset :offset")
                .params(params).query(this::map).list();
    }

    long count(PartnershipFilter f) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        return jdbc.sql("select count(*) from partnership p" + where).params(params).query(Long.class).single();
    }

    private static final String SELECT = """
            select p.*, coalesce((select jsonb_agg(area_code order by area_code) from partnership_cooperation_area c
                                  where c.partnership_id = p.id), '[]'::jsonb)::text as cooperation_areas
            from partnership p""";

    private static String where(PartnershipFilter f, Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        if (f.kind() != null) {
            and.add("p.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.status() != null) {
            and.add("p.status = :status");
            params.put("status", f.status().name());
        }
        if (f.country() != null) {
            and.add("p.country_code = :country");
            params.put("country", f.country());
        }
        if (f.priorityArea() != null) {
            and.add("p.priority_areas @> jsonb_build_array(cast(:priorityArea as text))");
            params.put("priorityArea", f.priorityArea().name());
        }
        if (f.cooperationArea() != null) {
            and.add("exists (select 1 from partnership_cooperation_area c where c.partnership_id = p.id"
                    + " and c.area_code = :cooperationArea)");
            params.put("cooperationArea", f.cooperationArea());
        }
        if (f.unit() != null) {
            and.add("lower(p.responsible_unit) = lower(:unit)");
            params.put("unit", f.unit());
        }
        if (f.text() != null) {
            and.add("(p.city_name ilike :text escape '\\' or p.local_name ilike :text escape '\\'"
                    + " or p.mutual_benefit ilike :text escape '\\' or p.responsible_unit ilike :text escape '\\')");
            params.put("text", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return and.isEmpty() ? "" : " where " + String.join(" and ", and);
    }

    private Map<String, Object> columns(Partnership p, String actor) {
        PartnershipProfile pr = p.profile();
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("city", pr.city().name());
        m.put("country", pr.city().countryCode());
        m.put("status", p.status().name());
        m.put("version", p.version());
        m.put("localName", pr.city().localName());
        m.put("lat", pr.city().latitude());
        m.put("lon", pr.city().longitude());
        m.put("priorityAreas", json.writeValueAsString(pr.priorityAreas().stream().sorted().toList()));
        m.put("benefit", pr.mutualBenefit());
        m.put("unit", pr.responsibleUnit());
        m.put("contacts", json.writeValueAsString(pr.contacts()));
        m.put("cadence", pr.meetingCadence());
        m.put("decisions", json.writeValueAsString(p.decisions()));
        m.put("aStart", date(pr.agreement().start()));
        m.put("aEnd", date(pr.agreement().end()));
        m.put("renewal", date(pr.agreement().renewalDue()));
        m.put("dSince", date(p.dormantSince()));
        m.put("dReason", p.dormantReason());
        m.put("eOn", date(p.endedOn()));
        m.put("eReason", p.endedReason());
        m.put("actor", actor);
        return m;
    }

    private void saveCooperationAreas(Partnership p) {
        for (String code : p.profile().cooperationAreas()) {
            jdbc.sql("insert into partnership_cooperation_area (partnership_id, area_code) values (:id, :code)")
                    .param("id", p.id()).param("code", code).update();
        }
    }

    private Partnership map(ResultSet rs, int row) throws SQLException {
        City city = new City(rs.getString("city_name"), rs.getString("local_name"), rs.getString("country_code"),
                rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"));
        Set<String> cooperation = new LinkedHashSet<>(json.readValue(rs.getString("cooperation_areas"),
                new TypeReference<List<String>>() { }));
        PartnershipProfile profile = new PartnershipProfile(city, json.readValue(rs.getString("priority_areas"), AREAS),
                cooperation, rs.getString("mutual_benefit"), rs.getString("responsible_unit"),
                json.readValue(rs.getString("contacts"), CONTACTS), rs.getString("meeting_cadence"),
                new AgreementTerms(localDate(rs, "agreement_start"), localDate(rs, "agreement_end"),
                        localDate(rs, "renewal_due")));
        return new Partnership(rs.getObject("id", UUID.class), PartnershipKind.valueOf(rs.getString("kind")), profile,
                PartnershipStatus.valueOf(rs.getString("status")), json.readValue(rs.getString("decisions"), DECISIONS),
                localDate(rs, "dormant_since"), rs.getString("dormant_reason"), localDate(rs, "ended_on"),
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
