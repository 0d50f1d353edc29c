package se.goteborg.international.events.contract.partnership;

import java.util.List;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.Topics;

/**
 * The events partnership-service publishes, all on {@link Topics#PARTNERSHIP_EVENTS}, keyed by aggregate
 * id (the partnership id for partnership and activity events, the membership id for membership events).
 * Each carries the aggregate's full reportable state ({@link PartnershipSnapshot} / {@link MembershipSnapshot})
 * so consumers can upsert from the topic alone.
 */
public final class PartnershipEvents {

    public static final EventType<PartnershipProposed> PROPOSED =
            new EventType<>("partnership.proposed", 1, Topics.PARTNERSHIP_EVENTS, PartnershipProposed.class);
    public static final EventType<PartnershipActivated> ACTIVATED =
            new EventType<>("partnership.activated", 1, Topics.PARTNERSHIP_EVENTS, PartnershipActivated.class);
    public static final EventType<PartnershipUpdated> UPDATED =
            new EventType<>("partnership.updated", 1, Topics.PARTNERSHIP_EVENTS, PartnershipUpdated.class);
    public static final EventType<PartnershipMadeDormant> MADE_DORMANT =
            new EventType<>("partnership.made-dormant", 1, Topics.PARTNERSHIP_EVENTS, PartnershipMadeDormant.class);
    public static final EventType<PartnershipReactivated> REACTIVATED =
            new EventType<>("partnership.reactivated", 1, Topics.PARTNERSHIP_EVENTS, PartnershipReactivated.class);
    public static final EventType<PartnershipRenewed> RENEWED =
            new EventType<>("partnership.renewed", 1, Topics.PARTNERSHIP_EVENTS, PartnershipRenewed.class);
    public static final EventType<PartnershipEnded> ENDED =
            new EventType<>("partnership.ended", 1, Topics.PARTNERSHIP_EVENTS, PartnershipEnded.class);
    public static final EventType<PartnershipActivityRecorded> ACTIVITY_RECORDED =
            new EventType<>("partnership.activity-recorded", 1, Topics.PARTNERSHIP_EVENTS,
                    PartnershipActivityRecorded.class);

    public static final EventType<MembershipRegistered> MEMBERSHIP_REGISTERED =
            new EventType<>("membership.registered", 1, Topics.PARTNERSHIP_EVENTS, MembershipRegistered.class);
    public static final EventType<MembershipActivated> MEMBERSHIP_ACTIVATED =
            new EventType<>("membership.activated", 1, Topics.PARTNERSHIP_EVENTS, MembershipActivated.class);
    public static final EventType<MembershipUpdated> MEMBERSHIP_UPDATED =
            new EventType<>("membership.updated", 1, Topics.PARTNERSHIP_EVENTS, MembershipUpdated.class);
    public static final EventType<MembershipEnded> MEMBERSHIP_ENDED =
            new EventType<>("membership.ended", 1, Topics.PARTNERSHIP_EVENTS, MembershipEnded.class);

    public static final List<EventType<?>> ALL = List.of(PROPOSED, ACTIVATED, UPDATED, MADE_DORMANT, REACTIVATED,
            RENEWED, ENDED, ACTIVITY_RECORDED, MEMBERSHIP_REGISTERED, MEMBERSHIP_ACTIVATED, MEMBERSHIP_UPDATED,
            MEMBERSHIP_ENDED);

    private PartnershipEvents() {
    }
}
