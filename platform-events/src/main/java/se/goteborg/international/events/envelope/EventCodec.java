package se.goteborg.international.events.envelope;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.goteborg.international.events.EventType;

/** Writes and reads the CloudEvents envelope and maps payloads to and from their records. */
public class EventCodec {

    private final JsonMapper json;
    /** Payloads are read as a tolerant reader: a field a producer added compatibly is no reason to dead-letter. */
    private final JsonMapper tolerant;
    private final String source;

    public EventCodec(JsonMapper json, String source) {
        this.json = json;
        this.tolerant = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.source = source;
    }

    public <T> EventEnvelope wrap(EventType<T> type, String subject, T payload, Instant time) {
        return wrap(type, subject, payload, time, null);
    }

    public <T> EventEnvelope wrap(EventType<T> type, String subject, T payload, Instant time, EventActor actor) {
        if (!type.payload().isInstance(payload)) {
            throw new IllegalArgumentException(type.wireType() + " carries " + type.payload().getSimpleName());
        }
        return new EventEnvelope(UUID.randomUUID(), source, type.wireType(), subject, time, type.version(),
                json.valueToTree(payload), actor);
    }

    /**
     * A new event's envelope as JSON in one pass: the payload is written as it is, without building its
     * tree first (the outbox's path; same text as {@code write(wrap(...))} with that id).
     */
    public <T> String write(UUID id, EventType<T> type, String subject, T payload, Instant time, EventActor actor) {
        if (!type.payload().isInstance(payload)) {
            throw new IllegalArgumentException(type.wireType() + " carries " + type.payload().getSimpleName());
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", EventEnvelope.SPEC_VERSION);
        envelope.put("id", id.toString());
        envelope.put("source", source);
        envelope.put("type", type.wireType());
        envelope.put("subject", subject);
        envelope.put("time", time.toString());
        envelope.put("datacontenttype", "application/json");
        envelope.put("dataversion", String.valueOf(type.version()));
        if (actor != null) {
            envelope.put("actor", actor.id());
            if (actor.unit() != null) {
                envelope.put("actorunit", actor.unit());
            }
        }
        envelope.put("data", payload);
        return json.writeValueAsString(envelope);
    }

    public String write(EventEnvelope e) {
        ObjectNode node = json.createObjectNode();
        node.put("specversion", EventEnvelope.SPEC_VERSION);
        node.put("id", e.id().toString());
        node.put("source", e.source());
        node.put("type", e.type());
        node.put("subject", e.subject());
        node.put("time", e.time().toString());
        node.put("datacontenttype", "application/json");
        node.put("dataversion", String.valueOf(e.dataVersion()));
        if (e.actor() != null) {
            node.put("actor", e.actor().id());
            if (e.actor().unit() != null) {
                node.put("actorunit", e.actor().unit());
            }
        }
        node.set("data", e.data());
        return json.writeValueAsString(node);
    }

    /** Reads an envelope; anything that is not a complete CloudEvent is a {@link MalformedEventException}. */
    public EventEnvelope read(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedEventException("empty message");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException ex) {
            throw new MalformedEventException("not JSON: " + ex.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        if (!EventEnvelope.SPEC_VERSION.equals(text(node, "specversion"))) {
            throw new MalformedEventException("specversion must be " + EventEnvelope.SPEC_VERSION);
        }
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedEventException("data must be a JSON object");
        }
        EventEnvelope envelope;
        try {
            envelope = new EventEnvelope(UUID.fromString(required(node, "id")), required(node, "source"),
                    required(node, "type"), required(node, "subject"), Instant.parse(required(node, "time")),
                    Integer.parseInt(required(node, "dataversion")), data,
                    text(node, "actor") == null ? null : new EventActor(text(node, "actor"), text(node, "actorunit")));
        } catch (IllegalArgumentException | DateTimeParseException ex) {
            throw new MalformedEventException("bad attribute: " + ex.getMessage());
        }
        if (!envelope.type().endsWith(".v" + envelope.dataVersion())) {
            throw new MalformedEventException("dataversion " + envelope.dataVersion() + " does not match type "
                    + envelope.type());
        }
        return envelope;
    }

    /** Maps the envelope's data to the payload record of {@code type}. */
    public <T> T payload(EventEnvelope envelope, EventType<T> type) {
        try {
            return tolerant.treeToValue(envelope.data(), type.payload());
        } catch (JacksonException ex) {
            throw new MalformedEventException(envelope.type() + " data does not match its contract: "
                    + ex.getOriginalMessage());
        }
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing attribute '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() ? null : value.asString();
    }
}
