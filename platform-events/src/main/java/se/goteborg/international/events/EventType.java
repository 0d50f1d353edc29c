package se.goteborg.international.events;

import java.util.Objects;

/**
 * One kind of event on the wire: its CloudEvents {@code type} (explicit and versioned, never a Java
 * class name), the topic it travels on, and the payload record it carries.
 *
 * @param name    dotted name without version, e.g. {@code partnership.proposed}
 * @param version payload version; a breaking change to the payload makes a new version
 * @param topic   the topic it is published on
 * @param payload the Java record its data maps to
 */
public record EventType<T>(String name, int version, String topic, Class<T> payload) {

    /** Prefix of every wire type: reverse DNS of the owner, as CloudEvents recommends. */
    public static final String TYPE_PREFIX = "se.goteborg.intl.";

    public EventType {
        Objects.requireNonNull(name);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(payload);
        if (!name.matches("[a-z]+(\\.[a-z-]+)+") || version < 1) {
            throw new IllegalArgumentException("Bad event type " + name + " v" + version);
        }
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code se.goteborg.intl.partnership.proposed.v1}. */
    public String wireType() {
        return TYPE_PREFIX + name + ".v" + version;
    }
}
