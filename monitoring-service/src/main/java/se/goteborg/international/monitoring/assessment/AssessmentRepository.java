package se.goteborg.international.monitoring.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.goteborg.international.monitoring.Sql;

@Repository
class AssessmentRepository {

    private static final String SELECT = "select a.*, i.celex from assessment a join watched_item i on i.id = a.item_id";

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the unit already assessed the item; returns whether it did. */
    boolean insert(Assessment a) {
        return bind(jdbc.sql("""
                insert into assessment (id, item_id, unit, relevance, influence, expected_impact, actions,
                    responsible_unit, due_date, status, project_ids, partnership_ids, version, created_at, updated_at)
                values (:id, :item, :unit, :relevance, :influence, :impact, :actions, :responsible, :due, :status,
                    cast(:projects as uuid[]), cast(:partnerships as uuid[]), 0, :created, :updated)
                on conflict (item_id, unit) do nothing"""), a)
                .param("created", Timestamp.from(a.createdAt())).update() == 1;
    }

    boolean update(Assessment a) {
        return bind(jdbc.sql("""
                update assessment set relevance = :relevance, influence = :influence, expected_impact = :impact,
                    actions = :actions, responsible_unit = :responsible, due_date = :due, status = :status,
                    project_ids = cast(:projects as uuid[]), partnership_ids = cast(:partnerships as uuid[]),
                    updated_at = :updated, version = version + 1
                where id = :id and version = :version"""), a)
                .param("version", a.version()).update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Assessment a) {
        return spec.param("id", a.id()).param("item", a.itemId()).param("unit", a.unit())
                .param("relevance", a.relevance().name()).param("influence", a.influence().name())
                .param("impact", a.expectedImpact()).param("actions", a.actions())
                .param("responsible", a.responsibleUnit()).param("due", a.dueDate())
                .param("status", a.status().name()).param("projects", Sql.array(a.projectIds()))
                .param("partnerships", Sql.array(a.partnershipIds())).param("updated", Timestamp.from(a.updatedAt()));
    }

    Optional<Assessment> find(UUID itemId, UUID id, boolean lock) {
        return jdbc.sql(SELECT + " where a.id = :id and a.item_id = :item" + (lock ? " for update of a" : ""))
                .param("id", id).param("item", itemId).query(AssessmentRepository::map).optional();
    }

    List<Assessment> ofItem(UUID itemId) {
        return jdbc.sql(SELECT + " where a.item_id = :item order by a.unit").param("item", itemId)
                .query(AssessmentRepository::map).list();
    }

    /** Open assessments whose due date is on or before {@code until}. */
    List<Assessment> dueBy(LocalDate until, int limit) {
        return jdbc.sql(SELECT + " where a.status <> 'DONE' and a.due_date <= :until order by a.due_date, a.id limit :limit")
                .param("until", until).param("limit", limit).query(AssessmentRepository::map).list();
    }

    static Assessment map(ResultSet rs, int row) throws SQLException {
        return new Assessment(Sql.uuid(rs, "id"), Sql.uuid(rs, "item_id"), rs.getString("celex"), rs.getString("unit"),
                Relevance.valueOf(rs.getString("relevance")), Influence.valueOf(rs.getString("influence")),
                rs.getString("expected_impact"), rs.getString("actions"), rs.getString("responsible_unit"),
                Sql.date(rs, "due_date"), AssessmentStatus.valueOf(rs.getString("status")),
                Sql.uuids(rs, "project_ids"), Sql.uuids(rs, "partnership_ids"), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
