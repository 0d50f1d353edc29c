package se.goteborg.international.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.goteborg.international.events.contract.partnership.PartnershipProposed;

/**
 * The one list of every event type the platform publishes. AsyncAPI (docs/asyncapi.yaml) and the
 * README's topic table are checked against it by tests.
 */
public final class EventCatalog {

    public static final EventType<PartnershipProposed> PARTNERSHIP_PROPOSED =
            new EventType<>("partnership.proposed", 1, Topics.PARTNERSHIP_EVENTS, PartnershipProposed.class);

    public static final List<EventType<?>> ALL = List.of(PARTNERSHIP_PROPOSED);

    private static final Map<String, EventType<?>> BY_WIRE_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::wireType, Function.identity()));

    private EventCatalog() {
    }

    /** The type with this wire name, if this build knows it (a newer producer may send versions we do not). */
    public static Optional<EventType<?>> byWireType(String wireType) {
        return Optional.ofNullable(BY_WIRE_TYPE.get(wireType));
    }
}
