package se.goteborg.international.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.goteborg.international.events.contract.monitoring.MonitoringEvents;
import se.goteborg.international.events.contract.partnership.PartnershipEvents;
import se.goteborg.international.events.contract.project.ProjectEvents;

/**
 * The one list of every event type the platform publishes, gathered from each domain's contract
 * class ({@code contract/<domain>/<Domain>Events}). The AsyncAPI document
 * ({@code asyncapi/platform-events.yaml}) is checked against it by a test.
 */
public final class EventCatalog {

    public static final List<EventType<?>> ALL = Stream.of(PartnershipEvents.ALL, ProjectEvents.ALL,
            MonitoringEvents.ALL).flatMap(List::stream).toList();

    private static final Map<String, EventType<?>> BY_WIRE_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::wireType, Function.identity()));

    private EventCatalog() {
    }

    /** The type with this wire name, if this build knows it (a newer producer may send versions we do not). */
    public static Optional<EventType<?>> byWireType(String wireType) {
        return Optional.ofNullable(BY_WIRE_TYPE.get(wireType));
    }
}
