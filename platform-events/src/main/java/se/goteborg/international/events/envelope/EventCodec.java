package se.goteborg.international.events.envelope;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

import se.goteborg.international.events.EventCatalog;
import se.goteborg.international.events.EventType;

/** Writes and reads the CloudEvents envelope and maps payloads to and from their records. */
public class EventCodec {

    private final JsonMapper json;
    /** Payloads are read as a tolerant reader: a field a producer added compatibly is no reason to dead-letter. */
    private final JsonMapper tolerant;
    /** The envelope attributes read, in the order of the slots below; others are passed over. */
    private static final List<String> ATTRIBUTES = List.of("specversion", "id", "source", "type", "subject", "time",
            "dataversion", "actor", "actorunit");
    private static final int SPEC_VERSION = 0, ID = 1, SOURCE = 2, TYPE = 3, SUBJECT = 4, TIME = 5, DATA_VERSION = 6,
            ACTOR = 7, ACTOR_UNIT = 8;

    private final String source;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    public EventCodec(JsonMapper json, String source) {
        // Blackbird: a payload record is built through a generated lambda; without it Jackson 3 calls the record's
        // constructor with MethodHandle.invokeWithArguments, ~8% of a rebuild's decoding thread
        this.json = json.rebuild().addModule(new BlackbirdModule()).build();
        this.tolerant = this.json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.source = source;
    }

    public <T> EventEnvelope wrap(EventType<T> type, String subject, T payload, Instant time) {
        return wrap(type, subject, payload, time, null);
    }

    public <T> EventEnvelope wrap(EventType<T> type, String subject, T payload, Instant time, EventActor actor) {
        checkPayload(type, payload);
        return new EventEnvelope(UUID.randomUUID(), source, type.wireType(), subject, time, type.version(),
                json.valueToTree(payload), actor);
    }

    /**
     * A new event's envelope as JSON in one pass: the payload is written as it is, without building its
     * tree first (the outbox's path; same text as {@code write(wrap(...))} with that id).
     */
    public <T> String write(UUID id, EventType<T> type, String subject, T payload, Instant time, EventActor actor) {
        checkPayload(type, payload);
        return write(id, source, type.wireType(), subject, time, type.version(), actor, payload);
    }

    public String write(EventEnvelope e) {
        return write(e.id(), e.source(), e.type(), e.subject(), e.time(), e.dataVersion(), e.actor(), e.data());
    }

    /** The one layout of the envelope on the wire; {@code data} is a payload record or its JSON tree. */
    private String write(UUID id, String source, String type, String subject, Instant time, int dataVersion,
                         EventActor actor, Object data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", EventEnvelope.SPEC_VERSION);
        envelope.put("id", id.toString());
        envelope.put("source", source);
        envelope.put("type", type);
        envelope.put("subject", subject);
        envelope.put("time", time.toString());
        envelope.put("datacontenttype", "application/json");
        envelope.put("dataversion", String.valueOf(dataVersion));
        if (actor != null) {
            envelope.put("actor", actor.id());
            if (actor.unit() != null) {
                envelope.put("actorunit", actor.unit());
            }
        }
        envelope.put("data", data);
        return json.writeValueAsString(envelope);
    }

    private static void checkPayload(EventType<?> type, Object payload) {
        if (!type.payload().isInstance(payload)) {
            throw new IllegalArgumentException(type.wireType() + " carries " + type.payload().getSimpleName());
        }
    }

    /** Reads an envelope; anything that is not a complete CloudEvent is a {@link MalformedEventException}. */
    public EventEnvelope read(String text) {
        return parse(text, false).envelope();
    }

    /**
     * Reads an envelope and maps its data to the payload record of its type in one pass over the text
     * (no tree of the data is built when the type comes before the data, as {@link #write} puts it):
     * for a rebuild, which reads every event ever published, the tree was a fifth of its CPU. The
     * envelope's {@code data} is then null. A type this build does not know keeps its data as a tree
     * and has no payload. Malformed envelopes and payloads are a {@link MalformedEventException}, as
     * {@link #read} and {@link #payload} report them.
     */
    public DecodedEvent decode(String text) {
        return parse(text, true);
    }

    /** {@link #decode(String)} of UTF-8 bytes as they come off the topic (no String of the whole message is made). */
    public DecodedEvent decode(byte[] json) {
        if (json == null || json.length == 0) {
            throw new MalformedEventException("empty message");
        }
        return parse(() -> tolerant.createParser(json), true);
    }

    private DecodedEvent parse(String text, boolean decode) {
        if (text == null || text.isBlank()) {
            throw new MalformedEventException("empty message");
        }
        return parse(() -> tolerant.createParser(text), decode);
    }

    private DecodedEvent parse(Supplier<JsonParser> parser, boolean decode) {
        String[] attributes = new String[ATTRIBUTES.size()]; // an array, not a map: this runs for every event
        JsonNode data = null;
        EventType<?> type = null;
        String boundType = null; // the type attribute the payload was bound as
        Object payload = null;
        boolean dataSeen = false;
        try (JsonParser p = parser.get()) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedEventException("not a JSON object");
            }
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken token = p.nextToken();
                if (!name.equals("data")) {
                    int slot = ATTRIBUTES.indexOf(name);
                    if (slot >= 0) { // as a tree's value nodes read: null as "", other scalars as their text, structures as absent
                        attributes[slot] = token == JsonToken.VALUE_NULL ? "" : token.isScalarValue() ? p.getString() : null;
                    }
                    p.skipChildren();
                    continue;
                }
                dataSeen = token == JsonToken.START_OBJECT;
                String wireType = attributes[TYPE];
                type = decode && wireType != null ? EventCatalog.byWireType(wireType).orElse(null) : null;
                if (!dataSeen) {
                    p.skipChildren();
                } else if (type != null) {
                    payload = bind(p, type, wireType);
                    boundType = wireType;
                    data = null;
                } else {
                    data = reader(JsonNode.class).readValue(p);
                    boundType = null;
                    payload = null;
                }
            }
            if (p.nextToken() != null) {
                throw new MalformedEventException("not JSON: trailing content");
            }
        } catch (JacksonException ex) {
            throw new MalformedEventException("not JSON: " + ex.getOriginalMessage());
        }
        if (!EventEnvelope.SPEC_VERSION.equals(attributes[SPEC_VERSION])) {
            throw new MalformedEventException("specversion must be " + EventEnvelope.SPEC_VERSION);
        }
        if (!dataSeen) {
            throw new MalformedEventException("data must be a JSON object");
        }
        EventEnvelope envelope;
        try {
            envelope = new EventEnvelope(UUID.fromString(required(attributes, ID)), required(attributes, SOURCE),
                    required(attributes, TYPE), required(attributes, SUBJECT), Instant.parse(required(attributes, TIME)),
                    Integer.parseInt(required(attributes, DATA_VERSION)), data, attributes[ACTOR] == null ? null
                            : new EventActor(attributes[ACTOR], attributes[ACTOR_UNIT]));
        } catch (IllegalArgumentException | DateTimeParseException ex) {
            throw new MalformedEventException("bad attribute: " + ex.getMessage());
        }
        if (!envelope.type().endsWith(".v" + envelope.dataVersion())) {
            throw new MalformedEventException("dataversion " + envelope.dataVersion() + " does not match type "
                    + envelope.type());
        }
        if (boundType != null && !boundType.equals(envelope.type())) {
            throw new MalformedEventException("attribute 'type' given twice");
        }
        if (decode && payload == null) { // the data came before the type: map its tree now
            type = EventCatalog.byWireType(envelope.type()).orElse(null);
            payload = type == null ? null : payload(envelope, type);
        }
        return new DecodedEvent(envelope, type, payload);
    }

    /** The payload record of {@code type} read straight from the parser, which stands on the data's start. */
    private Object bind(JsonParser p, EventType<?> type, String wireType) {
        try {
            return reader(type.payload()).readValue(p);
        } catch (JacksonException ex) {
            throw new MalformedEventException(wireType + " data does not match its contract: " + ex.getOriginalMessage());
        }
    }

    /** A reader of one value inside the envelope (what follows it is the envelope's, checked by {@link #parse}). */
    private ObjectReader reader(Class<?> type) {
        return readers.computeIfAbsent(type, t -> tolerant.readerFor(t).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
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

    private static String required(String[] attributes, int slot) {
        String value = attributes[slot];
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing attribute '" + ATTRIBUTES.get(slot) + "'");
        }
        return value;
    }
}
