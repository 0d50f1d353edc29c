package se.goteborg.international.partnership.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.events.contract.partnership.DecisionData;
import se.goteborg.international.events.contract.partnership.MembershipActivated;
import se.goteborg.international.events.contract.partnership.MembershipEnded;
import se.goteborg.international.events.contract.partnership.MembershipRegistered;
import se.goteborg.international.events.contract.partnership.MembershipSnapshot;
import se.goteborg.international.events.contract.partnership.MembershipUpdated;
import se.goteborg.international.events.contract.partnership.PartnershipEvents;
import se.goteborg.international.events.outbox.Outbox;
import se.goteborg.international.partnership.shared.Decision;
import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.api.PageResponse;
import se.goteborg.international.service.api.Versions;
import se.goteborg.international.service.audit.AuditTrail;
import se.goteborg.international.service.problem.ApiException;
import se.goteborg.international.service.security.Actor;

/** Use cases on memberships; each change and its event commit together through the outbox. */
@Service
public class MembershipService {

    private static final ZoneId CITY_TIME = ZoneId.of("Europe/Stockholm");

    private final MembershipRepository repository;
    private final Outbox outbox;
    private final Clock clock;

    private final AuditTrail audit;

    MembershipService(MembershipRepository repository, Outbox outbox, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Membership register(MembershipDetails details, Actor by) {
        by.requireInternationalOffice("register a membership");
        String actor = by.id();
        Membership m = Membership.register(details, clock.instant());
        repository.insert(m, actor);
        outbox.append(PartnershipEvents.MEMBERSHIP_REGISTERED, m.id().toString(),
                new MembershipRegistered(m.id(), snapshot(m), actor));
        audit.record("membership", m.id(), "register", by, null, snapshot(m));
        return m;
    }

    @Transactional(readOnly = true)
    public Membership get(UUID id) {
        return repository.find(id).orElseThrow(() -> ApiException.notFound("membership", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<Membership> list(MembershipStatus status, String text, PageRequest page) {
        return PageResponse.of(repository.search(status, text, page), page, repository.count(status, text));
    }

    @Transactional
    public Membership update(UUID id, String ifMatch, Long bodyVersion, MembershipDetails details, Actor by) {
        by.requireInternationalOffice("update a membership");
        String actor = by.id();
        Membership current = current(id, ifMatch);
        if (bodyVersion != null && bodyVersion != current.version()) {
            throw ApiException.conflict("version-conflict", "You edited version " + bodyVersion
                    + " but the membership is now at version " + current.version() + "; reload it and try again");
        }
        Membership next = current.update(details);
        repository.update(next, current.version(), actor, clock.instant());
        outbox.append(PartnershipEvents.MEMBERSHIP_UPDATED, id.toString(), new MembershipUpdated(id, snapshot(next), actor));
        audit.record("membership", id, "update", by, snapshot(current), snapshot(next));
        return next;
    }

    @Transactional
    public Membership activate(UUID id, String ifMatch, Decision decision, Actor by) {
        by.requireInternationalOffice("activate a membership");
        String actor = by.id();
        Membership current = current(id, ifMatch);
        Membership next = current.activate(decision, today());
        repository.update(next, current.version(), actor, clock.instant());
        outbox.append(PartnershipEvents.MEMBERSHIP_ACTIVATED, id.toString(),
                new MembershipActivated(id, decision(decision), snapshot(next), actor));
        audit.record("membership", id, "activate", by, snapshot(current), snapshot(next));
        return next;
    }

    @Transactional
    public Membership end(UUID id, String ifMatch, LocalDate on, String reason, Actor by) {
        by.requireInternationalOffice("end a membership");
        String actor = by.id();
        Membership current = current(id, ifMatch);
        Membership next = current.end(on, reason, today());
        repository.update(next, current.version(), actor, clock.instant());
        outbox.append(PartnershipEvents.MEMBERSHIP_ENDED, id.toString(),
                new MembershipEnded(id, next.endedOn(), next.endedReason(), snapshot(next), actor));
        audit.record("membership", id, "end", by, snapshot(current), snapshot(next));
        return next;
    }

    private Membership current(UUID id, String ifMatch) {
        Membership current = get(id);
        Versions.requireMatch(ifMatch, current.version());
        return current;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CITY_TIME));
    }

    static MembershipSnapshot snapshot(Membership m) {
        MembershipDetails d = m.details();
        return new MembershipSnapshot(m.id(), d.organisation(), m.status().name(), d.purpose(), d.yearlyCost(),
                d.currency(), d.responsibleUnit(), d.reviewDate(),
                m.decisions().stream().map(MembershipService::decision).toList(), m.endedOn(), m.endedReason(),
                m.version());
    }

    private static DecisionData decision(Decision d) {
        return new DecisionData(d.body().name(), d.decidedOn(), d.caseReference());
    }
}
