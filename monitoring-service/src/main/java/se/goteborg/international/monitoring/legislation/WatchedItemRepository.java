package se.goteborg.international.monitoring.legislation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.goteborg.international.monitoring.Sql;
import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.api.PageResponse;

@Repository
class WatchedItemRepository {

    private static final String COLUMNS = """
            celex = :celex, procedure_ref = :procedure, eli = :eli, title_sv = :titleSv, title_en = :titleEn,
            item_type = :type, stage = :stage, proposal_date = :proposal, adoption_date = :adoption,
            publication_date = :publication, entry_into_force = cast(:eif as date[]), application_date = :application,
            transposition_deadline = :transposition, subject_areas = cast(:subjects as text[]),
            source_link = :sourceLink, proposal_item_id = :proposalItemId, updated_at = :updated""";

    private final JdbcClient jdbc;

    WatchedItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WatchedItem item, String origin) {
        bind(jdbc.sql("""
                insert into watched_item (id, celex, procedure_ref, eli, title_sv, title_en, item_type, stage,
                    proposal_date, adoption_date, publication_date, entry_into_force, application_date,
                    transposition_deadline, subject_areas, source_link, proposal_item_id, origin, version,
                    created_at, updated_at)
                values (:id, :celex, :procedure, :eli, :titleSv, :titleEn, :type, :stage, :proposal, :adoption,
                    :publication, cast(:eif as date[]), :application, :transposition, cast(:subjects as text[]),
                    :sourceLink, :proposalItemId, :origin, 0, :created, :updated)"""), item)
                .param("origin", origin)
                .param("created", Timestamp.from(item.createdAt()))
                .update();
    }

    /** Writes the item if nobody changed it since {@code item.version()}; returns whether it did. */
    boolean update(WatchedItem item) {
        return bind(jdbc.sql("update watched_item set " + COLUMNS
                + ", version = version + 1 where id = :id and version = :version"), item)
                .param("version", item.version())
                .update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, WatchedItem item) {
        KeyDates d = item.dates();
        return spec.param("id", item.id())
                .param("celex", item.celex() == null ? null : item.celex().value())
                .param("procedure", item.procedure() == null ? null : item.procedure().value())
                .param("eli", item.eli())
                .param("titleSv", item.titleSv())
                .param("titleEn", item.titleEn())
                .param("type", item.type().name())
                .param("stage", item.stage().name())
                .param("proposal", d.proposal())
                .param("adoption", d.adoption())
                .param("publication", d.publication())
                .param("eif", Sql.array(d.entryIntoForce()))
                .param("application", d.application())
                .param("transposition", d.transpositionDeadline())
                .param("subjects", Sql.array(item.subjectAreas()))
                .param("sourceLink", item.sourceLink())
                .param("proposalItemId", item.proposalItemId())
                .param("updated", Timestamp.from(item.updatedAt()));
    }

    Optional<WatchedItem> find(UUID id) {
        return jdbc.sql("select * from watched_item where id = :id").param("id", id)
                .query(WatchedItemRepository::map).optional();
    }

    /** Reads the item and locks its row for the rest of the transaction, so concurrent changes queue. */
    Optional<WatchedItem> findForUpdate(UUID id) {
        return jdbc.sql("select * from watched_item where id = :id for update").param("id", id)
                .query(WatchedItemRepository::map).optional();
    }

    Optional<WatchedItem> findByCelex(String celex) {
        return jdbc.sql("select * from watched_item where celex = :celex").param("celex", celex)
                .query(WatchedItemRepository::map).optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from watched_item where id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    List<WatchedItem> byProcedure(String procedure) {
        return jdbc.sql("select * from watched_item where procedure_ref = :p order by created_at")
                .param("p", procedure).query(WatchedItemRepository::map).list();
    }

    PageResponse<WatchedItem> list(ItemFilter f, PageRequest page) {
        List<String> where = new ArrayList<>();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (f.stage() != null) {
            where.add("i.stage = :stage");
            params.put("stage", f.stage().name());
        }
        if (f.type() != null) {
            where.add("i.item_type = :type");
            params.put("type", f.type().name());
        }
        if (f.subject() != null) {
            where.add(":subject = any(i.subject_areas)");
            params.put("subject", f.subject().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (f.relevance() != null || f.unit() != null) {
            where.add("exists (select 1 from assessment a where a.item_id = i.id"
                    + (f.relevance() != null ? " and a.relevance = :relevance" : "")
                    + (f.unit() != null ? " and (a.unit = :unit or a.responsible_unit = :unit)" : "") + ")");
            if (f.relevance() != null) {
                params.put("relevance", f.relevance());
            }
            if (f.unit() != null) {
                params.put("unit", f.unit());
            }
        }
        if (f.deadlineBefore() != null) {
            where.add("(i.transposition_deadline < :before or i.application_date < :before or exists (select 1 from"
                    + " assessment a where a.item_id = i.id and a.status <> 'DONE' and a.due_date < :before))");
            params.put("before", f.deadlineBefore());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.add("(lower(coalesce(i.title_en, '')) like :text or lower(coalesce(i.title_sv, '')) like :text"
                    + " or lower(coalesce(i.celex, '')) like :text or lower(coalesce(i.procedure_ref, '')) like :text)");
            params.put("text", Sql.likeContains(f.text().strip()));
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from watched_item i" + clause).params(params).query(Long.class).single();
        List<WatchedItem> items = jdbc.sql("select i.* from watched_item i" + clause
                        + " order by i.updated_at desc, i.id limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query(WatchedItemRepository::map).list();
        return PageResponse.of(items, page, total);
    }

    void addHistory(UUID itemId, String field, String from, String to, String changedBy, String reason, Instant at) {
        jdbc.sql("""
                insert into item_history (item_id, field, old_value, new_value, changed_by, reason, changed_at)
                values (:item, :field, :from, :to, :by, :reason, :at)""")
                .param("item", itemId).param("field", field).param("from", from).param("to", to)
                .param("by", changedBy).param("reason", reason).param("at", Timestamp.from(at))
                .update();
    }

    List<HistoryEntry> history(UUID itemId) {
        return jdbc.sql("select * from item_history where item_id = :item order by id").param("item", itemId)
                .query((rs, n) -> new HistoryEntry(rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value"), rs.getString("changed_by"), rs.getString("reason"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    static WatchedItem map(ResultSet rs, int row) throws SQLException {
        String celex = rs.getString("celex");
        String procedure = rs.getString("procedure_ref");
        return new WatchedItem(Sql.uuid(rs, "id"),
                celex == null ? null : CelexNumber.parse(celex, 9999),
                procedure == null ? null : ProcedureReference.parse(procedure, 9999),
                rs.getString("eli"), rs.getString("title_sv"), rs.getString("title_en"),
                ItemType.valueOf(rs.getString("item_type")), Stage.valueOf(rs.getString("stage")),
                new KeyDates(Sql.date(rs, "proposal_date"), Sql.date(rs, "adoption_date"),
                        Sql.date(rs, "publication_date"), Sql.dates(rs, "entry_into_force"),
                        Sql.date(rs, "application_date"), Sql.date(rs, "transposition_deadline")),
                Sql.strings(rs, "subject_areas"), rs.getString("source_link"), Sql.uuid(rs, "proposal_item_id"),
                rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
