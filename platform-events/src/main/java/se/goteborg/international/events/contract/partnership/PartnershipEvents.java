package se.goteborg.international.events.contract.partnership;

import java.util.List;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.Topics;

/** The events partnership-service publishes, all on {@link Topics#PARTNERSHIP_EVENTS}, keyed by aggregate id. */
public final class PartnershipEvents {

    public static final EventType<PartnershipProposed> PROPOSED =
            new EventType<>("partnership.proposed", 1, Topics.PARTNERSHIP_EVENTS, PartnershipProposed.class);

    public static final List<EventType<?>> ALL = List.of(PROPOSED);

    private PartnershipEvents() {
    }
}
