package se.goteborg.international.service.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.service.security.Actor;

/**
 * The platform's one audit trail ({@code platform.audit_entry}): use cases call {@link #record}
 * inside their transaction with the item's state before and after, so the entry exists exactly when
 * the change does; {@link #history} answers "who changed this, when, from what to what".
 */
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a change made by {@code actor}. {@code before} is null for a new item; the changed
     * fields are found by comparing the two states (records, maps, anything Jackson can write).
     */
    public void record(String itemType, Object itemId, String action, Actor actor, Object before, Object after) {
        // what @Transactional(MANDATORY) checked, without a proxy and interceptor around every write
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("AuditTrail.record needs the transaction of the change it records");
        }
        // the changed values stay JSON trees, written as they are (not turned into Java values and back)
        jdbc.sql("""
                        insert into platform.audit_entry (id, item_type, item_id, action, actor, actor_unit, occurred_at, changes)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(UUID.randomUUID(), itemType, String.valueOf(itemId), action, actor.id(), actor.unit(),
                        java.sql.Timestamp.from(clock.instant()), JSON.writeValueAsString(diff(before, after)))
                .update();
    }

    /** Every recorded change of one item, oldest first. */
    public List<AuditEntry> history(String itemType, Object itemId) {
        return jdbc.sql("""
                        select id, item_type, item_id, action, actor, actor_unit, occurred_at, changes
                        from platform.audit_entry where item_type = ? and item_id = ? order by occurred_at, id""")
                .params(itemType, String.valueOf(itemId))
                .query((rs, n) -> new AuditEntry(rs.getObject("id", UUID.class), rs.getString("item_type"),
                        rs.getString("item_id"), rs.getString("action"), rs.getString("actor"),
                        rs.getString("actor_unit"), rs.getTimestamp("occurred_at").toInstant(),
                        changes(rs.getString("changes"))))
                .list();
    }

    /**
     * The leaf fields that differ between two states, as dotted paths ({@code budget.total}), in path
     * order; values are the fields' JSON trees (null when absent).
     */
    static List<AuditEntry.FieldChange> diff(Object before, Object after) {
        Map<String, JsonNode> from = flatten(before == null ? null : JSON.valueToTree(before));
        Map<String, JsonNode> to = flatten(after == null ? null : JSON.valueToTree(after));
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : to.entrySet()) {
            JsonNode a = from.remove(e.getKey());
            if (!Objects.equals(a, e.getValue())) {
                changes.add(new AuditEntry.FieldChange(e.getKey(), a, e.getValue()));
            }
        }
        from.forEach((field, a) -> changes.add(new AuditEntry.FieldChange(field, a, null))); // fields that went away
        if (!from.isEmpty()) {
            changes.sort(Comparator.comparing(AuditEntry.FieldChange::field));
        }
        return changes;
    }

    private static Map<String, JsonNode> flatten(JsonNode node) {
        Map<String, JsonNode> fields = new TreeMap<>();
        if (node != null && node.isObject()) {
            flatten("", node, fields);
        }
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), into);
            }
        } else if (!node.isNull()) {
            into.put(prefix, node); // lists are compared whole: a changed partner list is one change
        }
    }

    private static Object plain(JsonNode node) {
        return node == null ? null : JSON.treeToValue(node, Object.class);
    }

    private static List<AuditEntry.FieldChange> changes(String json) {
        JsonNode array = JSON.readTree(json);
        List<AuditEntry.FieldChange> list = new ArrayList<>();
        for (JsonNode c : array) {
            list.add(new AuditEntry.FieldChange(c.get("field").asString(),
                    plain(c.get("from") == null || c.get("from").isNull() ? null : c.get("from")),
                    plain(c.get("to") == null || c.get("to").isNull() ? null : c.get("to"))));
        }
        return list;
    }
}
