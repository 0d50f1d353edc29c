package se.goteborg.international.reporting.readmodel;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.events.envelope.MalformedEventException;

/**
 * Reads payloads as a tolerant reader: a field a producer added in a compatible way is ignored, not
 * a reason to dead-letter the event (the API's own JSON stays strict about unknown fields).
 */
@Component
public class Payloads {

    private final JsonMapper json;

    Payloads(JsonMapper json) {
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public <T> T read(EventEnvelope envelope, EventType<T> type) {
        try {
            return json.treeToValue(envelope.data(), type.payload());
        } catch (JacksonException ex) {
            throw new MalformedEventException(envelope.type() + " data does not match its contract: "
                    + ex.getOriginalMessage());
        }
    }
}
