package se.goteborg.international.reporting.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.goteborg.international.events.EventType;
import se.goteborg.international.events.contract.partnership.DecisionData;
import se.goteborg.international.events.contract.partnership.MembershipActivated;
import se.goteborg.international.events.contract.partnership.MembershipEnded;
import se.goteborg.international.events.contract.partnership.MembershipRegistered;
import se.goteborg.international.events.contract.partnership.MembershipSnapshot;
import se.goteborg.international.events.contract.partnership.MembershipUpdated;
import se.goteborg.international.events.contract.partnership.PartnershipActivated;
import se.goteborg.international.events.contract.partnership.PartnershipActivityRecorded;
import se.goteborg.international.events.contract.partnership.PartnershipEnded;
import se.goteborg.international.events.contract.partnership.PartnershipEvents;
import se.goteborg.international.events.contract.partnership.PartnershipMadeDormant;
import se.goteborg.international.events.contract.partnership.PartnershipProposed;
import se.goteborg.international.events.contract.partnership.PartnershipReactivated;
import se.goteborg.international.events.contract.partnership.PartnershipRenewed;
import se.goteborg.international.events.contract.partnership.PartnershipSnapshot;
import se.goteborg.international.events.contract.partnership.PartnershipUpdated;
import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.events.envelope.MalformedEventException;
import se.goteborg.international.reporting.readmodel.Applied;
import se.goteborg.international.reporting.readmodel.Projection;
import se.goteborg.international.reporting.readmodel.RowHistory;

/**
 * Partnership events onto the partnership, activity and membership read models. Every event carries
 * the aggregate's snapshot, so each is an upsert of the whole row (the oldest producers' "proposed"
 * carried only kind, city, country and status: those fields are used then).
 */
@Component
class PartnershipProjection implements Projection {

    static final String READ_MODEL = "partnership";

    private final PartnershipView view;

    PartnershipProjection(PartnershipView view) {
        this.view = view;
    }

    @Override
    public String readModel() {
        return READ_MODEL;
    }

    @Override
    public Set<EventType<?>> types() {
        return Set.copyOf(PartnershipEvents.ALL);
    }

    @Override
    public void apply(int gen, EventType<?> type, Object payload, EventEnvelope e) {
        PartnershipRow row = partnershipRow(payload, e);
        if (row != null) {
            view.upsertPartnership(gen, row, e);
            activity(payload, e).ifPresent(a -> view.recordActivities(gen, List.of(a)));
            return;
        }
        MembershipRow m = membershipRow(payload, e);
        if (m != null) {
            view.upsertMembership(gen, m, e);
        }
    }

    @Override
    public void check(Applied a) {
        if (partnershipRow(a.payload(), a.envelope()) != null) {
            activity(a.payload(), a.envelope());
        } else {
            membershipRow(a.payload(), a.envelope());
        }
    }

    /** A rebuild poll: one upsert per partnership and membership, activities in one batch ({@link RowHistory}). */
    @Override
    public void applyAll(int gen, List<Applied> events) {
        Map<UUID, RowHistory<PartnershipRow>> partnerships = new LinkedHashMap<>();
        Map<UUID, RowHistory<MembershipRow>> memberships = new LinkedHashMap<>();
        for (Applied a : events) {
            PartnershipRow row = partnershipRow(a.payload(), a.envelope());
            if (row != null) {
                activity(a.payload(), a.envelope()); // checked before anything is written
                partnerships.computeIfAbsent(row.id(), k -> new RowHistory<>()).add(a, row, row.status());
                continue;
            }
            MembershipRow m = membershipRow(a.payload(), a.envelope());
            if (m != null) {
                memberships.computeIfAbsent(m.id(), k -> new RowHistory<>()).add(a, m, m.status());
            }
        }
        List<RowHistory<PartnershipRow>> taken = new ArrayList<>();
        List<Applied> oneByOne = new ArrayList<>();
        RowHistory.write(partnerships.values(), h -> view.upsertPartnerships(gen, h), taken)
                .forEach(h -> oneByOne.addAll(h.events()));
        view.recordActivities(gen, taken.stream().flatMap(h -> h.events().stream())
                .flatMap(a -> activity(a.payload(), a.envelope()).stream()).toList());
        RowHistory.write(memberships.values(), h -> view.upsertMemberships(gen, h), new ArrayList<>())
                .forEach(h -> oneByOne.addAll(h.events()));
        oneByOne.forEach(a -> apply(gen, a.type(), a.payload(), a.envelope()));
    }

    /** The partnership row a partnership event states (checked), or null for other events. */
    private static PartnershipRow partnershipRow(Object payload, EventEnvelope e) {
        if (payload instanceof PartnershipProposed p) {
            PartnershipSnapshot s = p.partnership();
            if (s == null) {
                require(e, p.partnershipId(), p.kind(), p.status(), p.cityName());
                return new PartnershipRow(p.partnershipId(), p.kind(), p.status(), p.cityName(), p.countryCode(),
                        null, null, List.of(), null, null, null, null, null);
            }
            return row(p.partnershipId(), s, e);
        } else if (payload instanceof PartnershipActivated p) {
            return row(p.partnershipId(), p.partnership(), e);
        } else if (payload instanceof PartnershipUpdated p) {
            return row(p.partnershipId(), p.partnership(), e);
        } else if (payload instanceof PartnershipMadeDormant p) {
            return row(p.partnershipId(), p.partnership(), e);
        } else if (payload instanceof PartnershipReactivated p) {
            return row(p.partnershipId(), p.partnership(), e);
        } else if (payload instanceof PartnershipRenewed p) {
            return row(p.partnershipId(), p.partnership(), e);
        } else if (payload instanceof PartnershipEnded p) {
            return row(p.partnershipId(), p.partnership(), e);
        } else if (payload instanceof PartnershipActivityRecorded a) {
            return row(a.partnershipId(), a.partnership(), e);
        }
        return null;
    }

    /** The activity an activity event records (checked). */
    private static Optional<PartnershipActivityRecorded> activity(Object payload, EventEnvelope e) {
        if (!(payload instanceof PartnershipActivityRecorded a)) {
            return Optional.empty();
        }
        if (a.activityId() == null || a.startDate() == null || a.activityType() == null) {
            throw malformed(e, "activity lacks id, type or start date");
        }
        return Optional.of(a);
    }

    /** The membership row a membership event states (checked), or null for other events. */
    private static MembershipRow membershipRow(Object payload, EventEnvelope e) {
        if (payload instanceof MembershipRegistered m) {
            return membershipRow(m.membershipId(), m.membership(), e);
        } else if (payload instanceof MembershipActivated m) {
            return membershipRow(m.membershipId(), m.membership(), e);
        } else if (payload instanceof MembershipUpdated m) {
            return membershipRow(m.membershipId(), m.membership(), e);
        } else if (payload instanceof MembershipEnded m) {
            return membershipRow(m.membershipId(), m.membership(), e);
        }
        return null;
    }

    private static PartnershipRow row(UUID id, PartnershipSnapshot s, EventEnvelope e) {
        if (s == null) {
            throw malformed(e, "no partnership snapshot");
        }
        require(e, id, s.kind(), s.status(), s.cityName());
        if (!id.equals(s.partnershipId())) {
            throw malformed(e, "snapshot is of another partnership");
        }
        return new PartnershipRow(id, s.kind(), s.status(), s.cityName(), s.countryCode(),
                s.responsibleUnit(), s.mutualBenefit(), s.priorityAreas(), firstKfDecision(s.decisions()),
                s.agreementStart(), s.agreementEnd(), s.renewalDue(), s.endedOn());
    }

    private static MembershipRow membershipRow(UUID id, MembershipSnapshot m, EventEnvelope e) {
        if (m == null || id == null || m.status() == null || m.organisation() == null) {
            throw malformed(e, "membership lacks id, snapshot, status or organisation");
        }
        requireSubject(e, id);
        return new MembershipRow(id, m.organisation(), m.status(), m.purpose(), m.yearlyCost(),
                m.currency(), m.responsibleUnit(), m.reviewDate(), m.endedOn());
    }

    private static LocalDate firstKfDecision(List<DecisionData> decisions) {
        LocalDate first = null;
        if (decisions != null) { // a loop, not a stream: a rebuild runs this for every partnership event
            for (DecisionData d : decisions) {
                if (d != null && "KF".equalsIgnoreCase(d.body()) && d.decidedOn() != null
                        && (first == null || d.decidedOn().isBefore(first))) {
                    first = d.decidedOn();
                }
            }
        }
        return first;
    }

    private static void require(EventEnvelope e, UUID id, String kind, String status, String city) {
        if (id == null || blank(kind) || blank(status) || blank(city)) {
            throw malformed(e, "lacks required fields");
        }
        requireSubject(e, id);
    }

    private static void requireSubject(EventEnvelope e, UUID id) {
        if (!id.toString().equals(e.subject())) {
            throw malformed(e, "subject does not match the aggregate id");
        }
    }

    private static MalformedEventException malformed(EventEnvelope e, String why) {
        return new MalformedEventException(e.type() + " " + e.id() + ": " + why);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    record PartnershipRow(UUID id, String kind, String status, String cityName, String countryCode,
                          String responsibleUnit, String mutualBenefit, List<String> priorityAreas,
                          LocalDate kfDecidedOn, LocalDate agreementStart, LocalDate agreementEnd,
                          LocalDate renewalDue, LocalDate endedOn) {
    }

    record MembershipRow(UUID id, String organisation, String status, String purpose, java.math.BigDecimal yearlyCost,
                         String currency, String responsibleUnit, LocalDate reviewDate, LocalDate endedOn) {
    }
}
