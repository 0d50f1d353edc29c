package se.goteborg.international.events.outbox;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Carries the trace of the request that caused an event across the outbox: the propagation headers
 * (W3C {@code traceparent}, …) are stored with the row and the relay puts them on the Kafka record,
 * so the consumer's span joins the request's trace even though another thread, later, publishes it.
 */
public class TraceContextCapture {

    private final ResolvedOnce<Tracer> tracer;
    private final ResolvedOnce<Propagator> propagator;

    public TraceContextCapture(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = new ResolvedOnce<>(tracer);
        this.propagator = new ResolvedOnce<>(propagator);
    }

    /** The current span's propagation headers, one {@code name:value} a line; null without a span. */
    public String currentHeaders() {
        Tracer t = tracer.get();
        Propagator p = propagator.get();
        Span span = t == null ? null : t.currentSpan();
        if (span == null || p == null) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        p.inject(span.context(), headers, Map::put);
        StringBuilder lines = new StringBuilder();
        headers.forEach((k, v) -> lines.append(k).append(':').append(v).append('\n'));
        return lines.isEmpty() ? null : lines.toString();
    }

    /** Parses what {@link #currentHeaders()} stored. */
    public static Map<String, String> parse(String stored) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 1));
                }
            }
        }
        return headers;
    }
}
