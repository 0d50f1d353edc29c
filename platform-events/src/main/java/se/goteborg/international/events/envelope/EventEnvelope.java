package se.goteborg.international.events.envelope;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The CloudEvents 1.0 envelope every platform event travels in (structured JSON mode).
 *
 * @param id          unique per event; consumers deduplicate on it
 * @param source      the producing application, e.g. {@code urn:se:goteborg:intl:partnership-service}
 * @param type        the versioned wire type, e.g. {@code se.goteborg.intl.partnership.proposed.v1}
 * @param subject     the aggregate id (also the Kafka record key)
 * @param time        when the change happened
 * @param dataVersion the payload version (extension attribute {@code dataversion})
 * @param data        the payload as JSON; null when {@link EventCodec#decode} read it straight into its record
 * @param actor       who caused it (extension attributes {@code actor}, {@code actorunit}); null when unknown
 */
public record EventEnvelope(UUID id, String source, String type, String subject, Instant time, int dataVersion,
                            JsonNode data, EventActor actor) {

    public static final String SPEC_VERSION = "1.0";
    /** Kafka content-type header value for structured-mode CloudEvents. */
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
}
