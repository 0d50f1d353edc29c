package se.goteborg.international.project.project;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.service.cache.ReferenceDataCache;

/** Stores projects in PostgreSQL; partners and indicator definitions as JSON inside the row. */
@Repository
class ProjectRepository {

    private static final TypeReference<List<Partner>> PARTNERS = new TypeReference<>() { };
    private static final TypeReference<List<Indicator>> INDICATORS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ReferenceDataCache<String, Boolean> activeProgrammes = new ReferenceDataCache<>(Duration.ofSeconds(30), 1_000);

    ProjectRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Project p, Instant now) {
        params(jdbc.sql("""
                insert into project (id, title, acronym, description, status, lead_unit_type, lead_unit_name,
                    primary_priority_area, other_priority_areas, programme, call_identifier, start_date, end_date,
                    currency, total_budget, external_grant, own_contribution, own_staff_time, granted_amount,
                    grant_decision_date, rejection_reason, benefit, celex_numbers, partners, indicators, version,
                    created_at, updated_at)
                values (:id, :title, :acronym, :description, :status, :unitType, :unitName, :primary,
                    cast(:others as text[]), :programme, :call, :start, :end, :currency, :total, :grant, :own, :staff,
                    :granted, :decided, :rejection, :benefit, cast(:celex as text[]), cast(:partners as jsonb),
                    cast(:indicators as jsonb), 0, :now, :now)"""), p)
                .param("now", Timestamp.from(now)).update();
    }

    /** Writes the new state if nobody changed the row since {@code p.version()} was read; returns the new version. */
    long update(Project p, Instant now) {
        int rows = params(jdbc.sql("""
                update project set title = :title, acronym = :acronym, description = :description, status = :status,
                    lead_unit_type = :unitType, lead_unit_name = :unitName, primary_priority_area = :primary,
                    other_priority_areas = cast(:others as text[]), programme = :programme, call_identifier = :call,
                    start_date = :start, end_date = :end, currency = :currency, total_budget = :total,
                    external_grant = :grant, own_contribution = :own, own_staff_time = :staff,
                    granted_amount = :granted, grant_decision_date = :decided, rejection_reason = :rejection,
                    benefit = :benefit, celex_numbers = cast(:celex as text[]), partners = cast(:partners as jsonb),
                    indicators = cast(:indicators as jsonb), version = version + 1, updated_at = :now
                where id = :id and version = :version"""), p)
                .param("now", Timestamp.from(now)).param("version", p.version()).update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("project " + p.id() + " changed meanwhile");
        }
        return p.version() + 1;
    }

    Optional<Project> find(UUID id) {
        return jdbc.sql("select * from project where id = :id").param("id", id).query(this::map).optional();
    }

    /** Other units' projects still applying to the same call. */
    List<Competitor> competitors(Project p) {
        if (p.details().callIdentifier() == null || !p.status().isApplying()) {
            return List.of();
        }
        String unit = p.details().leadUnit() == null ? null : p.details().leadUnit().name();
        return jdbc.sql("""
                select id, title, lead_unit_type, lead_unit_name from project
                where upper(call_identifier) = :call and status in ('IDEA', 'APPLICATION_SUBMITTED') and id <> :id
                  and (cast(:unit as text) is null or lead_unit_name is null or lower(lead_unit_name) <> lower(:unit))
                order by created_at""")
                .param("call", p.details().callIdentifier()).param("id", p.id()).param("unit", unit)
                .query((rs, n) -> new Competitor(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("lead_unit_type"), rs.getString("lead_unit_name")))
                .list();
    }

    /** Records that the pair's competition was announced; false if it was already. */
    boolean markCompetitionAnnounced(UUID a, UUID b, String call, Instant now) {
        // PostgreSQL orders uuids differently from Java's UUID.compareTo: let it pick the lower one
        return jdbc.sql("""
                insert into competing_application (project_a, project_b, call_identifier, detected_at)
                values (least(cast(:a as uuid), cast(:b as uuid)), greatest(cast(:a as uuid), cast(:b as uuid)), :call, :now)
                on conflict do nothing""")
                .param("a", a).param("b", b).param("call", call).param("now", Timestamp.from(now)).update() == 1;
    }

    boolean programmeIsEu(String code) {
        return jdbc.sql("select eu_funded from funding_programme where code = :code").param("code", code)
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * Whether an active programme is EU-funded; null when {@code code} is no active programme. Asked by
     * every registration, so remembered: programmes are only added through the API, and a code not
     * found is not remembered, so a new one counts at once; one changed by hand in the database counts
     * within 30 s.
     */
    Boolean activeProgrammeIsEu(String code) {
        return activeProgrammes.get(code, c -> jdbc.sql("select eu_funded from funding_programme where code = :code and active")
                .param("code", c).query(Boolean.class).optional().orElse(null));
    }

    List<Project> list(ProjectFilter f, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        var spec = jdbc.sql("select * from project" + where + " order by start_date desc, title, id limit :limit offset :offset")
                .params(params).param("limit", limit).param("offset", offset);
        return spec.query(this::map).list();
    }

    long count(ProjectFilter f) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        return jdbc.sql("select count(*) from project" + where).params(params).query(Long.class).single();
    }

    private String where(ProjectFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.status() != null) {
            clauses.add("status = :status");
            params.put("status", f.status().name());
        }
        if (f.programme() != null) {
            clauses.add("programme = :programme");
            params.put("programme", f.programme());
        }
        if (f.unit() != null) {
            clauses.add("lower(lead_unit_name) = lower(:unit)");
            params.put("unit", f.unit());
        }
        if (f.unitType() != null) {
            clauses.add("lead_unit_type = :unitType");
            params.put("unitType", f.unitType().name());
        }
        if (f.priorityArea() != null) {
            clauses.add("(primary_priority_area = :area or :area = any(other_priority_areas))");
            params.put("area", f.priorityArea().name());
        }
        if (f.partnerCountry() != null) {
            clauses.add("partners @> cast(:partnerCountry as jsonb)");
            params.put("partnerCountry", json.writeValueAsString(List.of(Map.of("countryCode", f.partnerCountry()))));
        }
        if (f.partnershipId() != null) {
            clauses.add("partners @> cast(:partnership as jsonb)");
            params.put("partnership", json.writeValueAsString(List.of(Map.of("partnershipId", f.partnershipId()))));
        }
        if (f.year() != null) {
            clauses.add("start_date <= :yearEnd and end_date >= :yearStart");
            params.put("yearStart", LocalDate.of(f.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(f.year(), 12, 31));
        }
        if (f.text() != null && !f.text().isBlank()) {
            // the user's text is matched literally: LIKE wildcards in it are escaped
            clauses.add("""
                    (title ilike :text escape '\\' or acronym ilike :text escape '\\' or description ilike :text escape '\\'
                     or call_identifier ilike :text escape '\\' or benefit ilike :text escape '\\')""");
            params.put("text", "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Project p) {
        ProjectDetails d = p.details();
        Budget b = d.budget();
        return spec.param("id", p.id())
                .param("title", d.title().strip())
                .param("acronym", d.acronym())
                .param("description", d.description())
                .param("status", p.status().name())
                .param("unitType", d.leadUnit() == null || d.leadUnit().type() == null ? null : d.leadUnit().type().name())
                .param("unitName", d.leadUnit() == null ? null : d.leadUnit().name())
                .param("primary", d.primaryPriorityArea().name())
                .param("others", pgArray(d.otherPriorityAreas().stream().map(Enum::name).toList()))
                .param("programme", d.programme())
                .param("call", d.callIdentifier())
                .param("start", d.startDate())
                .param("end", d.endDate())
                .param("currency", b.currency().name())
                .param("total", b.total())
                .param("grant", b.externalGrant())
                .param("own", b.ownContribution())
                .param("staff", b.ownStaffTime())
                .param("granted", p.grantedAmount(), java.sql.Types.NUMERIC)
                .param("decided", p.grantDecisionDate(), java.sql.Types.DATE)
                .param("rejection", p.rejectionReason())
                .param("benefit", d.benefitForGothenburg())
                .param("celex", pgArray(d.celexNumbers()))
                .param("partners", json.writeValueAsString(d.partners()))
                .param("indicators", json.writeValueAsString(p.indicators()));
    }

    /** Values here are enum names and validated CELEX numbers: no quotes, commas or braces to escape. */
    private static String pgArray(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    private Project map(ResultSet rs, int row) throws SQLException {
        String unitType = rs.getString("lead_unit_type");
        String unitName = rs.getString("lead_unit_name");
        LeadUnit unit = unitType == null && unitName == null ? null
                : new LeadUnit(unitType == null ? null : UnitType.valueOf(unitType), unitName);
        ProjectDetails details = new ProjectDetails(rs.getString("title"), rs.getString("acronym"),
                rs.getString("description"), unit, PriorityArea.valueOf(rs.getString("primary_priority_area")),
                strings(rs.getArray("other_priority_areas")).stream().map(PriorityArea::valueOf).toList(),
                rs.getString("programme"), rs.getString("call_identifier"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                new Budget(CurrencyCode.valueOf(rs.getString("currency")), rs.getBigDecimal("total_budget"),
                        rs.getBigDecimal("external_grant"), rs.getBigDecimal("own_contribution"),
                        rs.getBigDecimal("own_staff_time")),
                json.readValue(rs.getString("partners"), PARTNERS), rs.getString("benefit"),
                strings(rs.getArray("celex_numbers")));
        BigDecimal granted = rs.getBigDecimal("granted_amount");
        return new Project(rs.getObject("id", UUID.class), details, ProjectStatus.valueOf(rs.getString("status")),
                granted, rs.getObject("grant_decision_date", LocalDate.class), rs.getString("rejection_reason"),
                json.readValue(rs.getString("indicators"), INDICATORS), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** Another unit's project applying to the same call. */
    public record Competitor(UUID projectId, String title, String leadUnitType, String leadUnitName) {
    }
}
