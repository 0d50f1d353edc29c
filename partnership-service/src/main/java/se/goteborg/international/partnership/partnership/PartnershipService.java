package se.goteborg.international.partnership.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.events.contract.partnership.PartnershipActivated;
import se.goteborg.international.events.contract.partnership.PartnershipActivityRecorded;
import se.goteborg.international.events.contract.partnership.PartnershipEnded;
import se.goteborg.international.events.contract.partnership.PartnershipEvents;
import se.goteborg.international.events.contract.partnership.PartnershipMadeDormant;
import se.goteborg.international.events.contract.partnership.PartnershipProposed;
import se.goteborg.international.events.contract.partnership.PartnershipReactivated;
import se.goteborg.international.events.contract.partnership.PartnershipRenewed;
import se.goteborg.international.events.contract.partnership.PartnershipUpdated;
import se.goteborg.international.events.outbox.Outbox;
import se.goteborg.international.partnership.cooperationarea.CooperationAreas;
import se.goteborg.international.partnership.shared.Decision;
import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.api.PageResponse;
import se.goteborg.international.service.api.Versions;
import se.goteborg.international.service.audit.AuditTrail;
import se.goteborg.international.service.problem.ApiException;
import se.goteborg.international.service.security.Actor;

import static se.goteborg.international.partnership.partnership.PartnershipEventData.decision;
import static se.goteborg.international.partnership.partnership.PartnershipEventData.snapshot;

/**
 * Use cases on partnerships. Each runs in one transaction: the change, its version check and its
 * event (through the outbox) commit together or not at all.
 */
@Service
public class PartnershipService {

    /** Dates in decisions and agreements are Gothenburg dates. */
    private static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");

    private final PartnershipRepository repository;
    private final ActivityRepository activities;
    private final CooperationAreas cooperationAreas;
    private final Outbox outbox;
    private final Clock clock;
    private final AuditTrail audit;

    PartnershipService(PartnershipRepository repository, ActivityRepository activities,
                       CooperationAreas cooperationAreas, Outbox outbox, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.repository = repository;
        this.activities = activities;
        this.cooperationAreas = cooperationAreas;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Partnership propose(PartnershipKind kind, PartnershipProfile profile, Actor by) {
        by.requireInternationalOffice("propose a partnership");
        String actor = by.id();
        cooperationAreas.requireKnown(profile.cooperationAreas());
        Partnership p = Partnership.propose(kind, profile, clock.instant());
        repository.insert(p, actor);
        outbox.append(PartnershipEvents.PROPOSED, p.id().toString(), new PartnershipProposed(p.id(), p.kind().name(),
                profile.city().name(), profile.city().countryCode(), p.status().name(), snapshot(p), actor));
        audit.record("partnership", p.id(), "propose", by, null, snapshot(p));
        return p;
    }

    @Transactional(readOnly = true)
    public Partnership get(UUID id) {
        return repository.find(id).orElseThrow(() -> ApiException.notFound("partnership", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<Partnership> list(PartnershipFilter filter, PageRequest page) {
        return PageResponse.of(repository.search(filter, page), page, repository.count(filter));
    }

    /**
     * Replaces the description. {@code ifMatch} (ETag) mismatch → 412; {@code bodyVersion} mismatch → 409.
     */
    @Transactional
    public Partnership update(UUID id, String ifMatch, Long bodyVersion, PartnershipProfile profile, Actor by) {
        by.requireInternationalOffice("update a partnership");
        String actor = by.id();
        Partnership current = current(id, ifMatch);
        if (bodyVersion != null && bodyVersion != current.version()) {
            throw ApiException.conflict("version-conflict", "You edited version " + bodyVersion
                    + " but the partnership is now at version " + current.version() + "; reload it and try again");
        }
        cooperationAreas.requireKnown(profile.cooperationAreas());
        Partnership next = current.update(profile);
        save(next, current, actor);
        outbox.append(PartnershipEvents.UPDATED, id.toString(), new PartnershipUpdated(id, snapshot(next), actor));
        audit.record("partnership", id, "update", by, snapshot(current), snapshot(next));
        return next;
    }

    @Transactional
    public Partnership activate(UUID id, String ifMatch, Decision decision, AgreementTerms agreement, Actor by) {
        by.requireInternationalOffice("activate a partnership");
        String actor = by.id();
        Partnership current = current(id, ifMatch);
        Partnership next = current.activate(decision, agreement, today());
        save(next, current, actor);
        outbox.append(PartnershipEvents.ACTIVATED, id.toString(),
                new PartnershipActivated(id, decision(decision), snapshot(next), actor));
        audit.record("partnership", id, "activate", by, snapshot(current), snapshot(next));
        return next;
    }

    @Transactional
    public Partnership makeDormant(UUID id, String ifMatch, LocalDate since, String reason, Actor by) {
        by.requireInternationalOffice("make a partnership dormant");
        String actor = by.id();
        Partnership current = current(id, ifMatch);
        Partnership next = current.makeDormant(since, reason, today());
        save(next, current, actor);
        outbox.append(PartnershipEvents.MADE_DORMANT, id.toString(),
                new PartnershipMadeDormant(id, next.dormantSince(), next.dormantReason(), snapshot(next), actor));
        audit.record("partnership", id, "makeDormant", by, snapshot(current), snapshot(next));
        return next;
    }

    @Transactional
    public Partnership reactivate(UUID id, String ifMatch, Actor by) {
        by.requireInternationalOffice("reactivate a partnership");
        String actor = by.id();
        Partnership current = current(id, ifMatch);
        Partnership next = current.reactivate(today());
        save(next, current, actor);
        outbox.append(PartnershipEvents.REACTIVATED, id.toString(), new PartnershipReactivated(id, snapshot(next), actor));
        audit.record("partnership", id, "reactivate", by, snapshot(current), snapshot(next));
        return next;
    }

    @Transactional
    public Partnership renew(UUID id, String ifMatch, Decision decision, LocalDate start, LocalDate end,
                             LocalDate renewalDue, Actor by) {
        by.requireInternationalOffice("renew a partnership");
        String actor = by.id();
        Partnership current = current(id, ifMatch);
        Partnership next = current.renew(decision, start, end, renewalDue, today());
        save(next, current, actor);
        AgreementTerms terms = next.profile().agreement();
        outbox.append(PartnershipEvents.RENEWED, id.toString(), new PartnershipRenewed(id, decision(decision),
                current.profile().agreement().end(), terms.end(), terms.renewalDue(), snapshot(next), actor));
        audit.record("partnership", id, "renew", by, snapshot(current), snapshot(next));
        return next;
    }

    @Transactional
    public Partnership end(UUID id, String ifMatch, LocalDate on, String reason, Decision decision, Actor by) {
        by.requireInternationalOffice("end a partnership");
        String actor = by.id();
        Partnership current = current(id, ifMatch);
        Partnership next = current.end(on, reason, decision, today());
        save(next, current, actor);
        outbox.append(PartnershipEvents.ENDED, id.toString(),
                new PartnershipEnded(id, next.endedOn(), next.endedReason(), snapshot(next), actor));
        audit.record("partnership", id, "end", by, snapshot(current), snapshot(next));
        return next;
    }

    /** Records an activity; the partnership itself is not changed (its version stays), so no If-Match is needed. */
    @Transactional
    public Activity recordActivity(UUID partnershipId, Activity draft, Actor by) {
        by.requireMayChange("an activity of partnership " + partnershipId, draft.units());
        String actor = by.id();
        Partnership p = get(partnershipId);
        Activity activity = new Activity(UUID.randomUUID(), partnershipId, draft.type(), draft.title(), draft.startDate(),
                draft.endDate(), draft.place(), draft.theme(), draft.host(), draft.participants(), draft.units(),
                draft.outcomes(), draft.priorityAreas(), clock.instant(), actor);
        p.requireAcceptsActivityOn(activity.startDate());
        activities.insert(activity);
        outbox.append(PartnershipEvents.ACTIVITY_RECORDED, partnershipId.toString(), new PartnershipActivityRecorded(
                partnershipId, activity.id(), activity.type().name(), activity.title(), activity.startDate(),
                activity.endDate(), activity.place(), activity.theme(), activity.host(), activity.participants(),
                activity.units(), activity.outcomes(), activity.priorityAreas().stream().map(Enum::name).sorted().toList(),
                snapshot(p), actor));
        audit.record("partnership-activity", activity.id(), "recordActivity", by, null, activity);
        return activity;
    }

    @Transactional(readOnly = true)
    public PageResponse<Activity> activities(UUID partnershipId, PageRequest page) {
        get(partnershipId);
        return PageResponse.of(activities.list(partnershipId, page), page, activities.count(partnershipId));
    }

    @Transactional(readOnly = true)
    public Activity activity(UUID partnershipId, UUID activityId) {
        return activities.find(partnershipId, activityId)
                .orElseThrow(() -> ApiException.notFound("activity of partnership " + partnershipId, activityId));
    }

    private Partnership current(UUID id, String ifMatch) {
        Partnership current = get(id);
        Versions.requireMatch(ifMatch, current.version());
        return current;
    }

    private void save(Partnership next, Partnership current, String actor) {
        repository.update(next, current.version(), actor, clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CITY_TIME));
    }
}
