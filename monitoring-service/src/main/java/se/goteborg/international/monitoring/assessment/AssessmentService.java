package se.goteborg.international.monitoring.assessment;

import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.events.contract.monitoring.ItemAssessed;
import se.goteborg.international.events.contract.monitoring.MonitoringEvents;
import se.goteborg.international.events.outbox.Outbox;
import se.goteborg.international.monitoring.legislation.LegislationService;
import se.goteborg.international.monitoring.legislation.WatchedItem;
import se.goteborg.international.service.api.Versions;
import se.goteborg.international.service.audit.AuditTrail;
import se.goteborg.international.service.security.Actor;
import se.goteborg.international.service.security.CurrentActor;
import se.goteborg.international.service.problem.ApiException;

/** Units' assessments of watched items; each change and its event commit together. */
@Service
public class AssessmentService {

    private final AssessmentRepository repository;
    private final LegislationService legislation;
    private final Outbox outbox;
    private final Clock clock;

    private final CurrentActor actors;
    private final AuditTrail audit;

    AssessmentService(AssessmentRepository repository, LegislationService legislation, Outbox outbox, Clock clock,
                      CurrentActor actors, AuditTrail audit) {
        this.actors = actors;
        this.audit = audit;
        this.repository = repository;
        this.legislation = legislation;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Assessment assess(UUID itemId, AssessmentRequest r, String changedBy) {
        WatchedItem item = legislation.get(itemId);
        Instant now = clock.instant();
        String unit = r.unit().strip();
        Actor by = actors.getOrSystem("monitoring-service");
        by.requireMayChange("an assessment by " + unit, List.of(unit));
        Assessment a = new Assessment(UUID.randomUUID(), itemId,
                item.celex() == null ? null : item.celex().value(), unit, r.relevance(), r.influence(),
                r.expectedImpact(), r.actions(), responsible(r, unit), r.dueDate(),
                r.status() == null ? AssessmentStatus.OPEN : r.status(), r.projectIds(), r.partnershipIds(), 0, now, now);
        if (!repository.insert(a)) {
            throw ApiException.conflict("already-assessed", unit + " has already assessed this item; update that"
                    + " assessment instead");
        }
        outbox.append(MonitoringEvents.ITEM_ASSESSED, a.id().toString(), new ItemAssessed(a.snapshot(), changedBy));
        audit.record("assessment", a.id(), "assess", by, null, a.snapshot());
        return a;
    }

    @Transactional
    public Assessment update(UUID itemId, UUID id, AssessmentRequest r, String ifMatch, String changedBy) {
        Assessment before = locked(itemId, id);
        Actor by = actors.getOrSystem("monitoring-service");
        by.requireMayChange("the assessment by " + before.unit(), List.of(before.unit()));
        Versions.requireMatch(ifMatch, before.version());
        if (!before.unit().equals(r.unit().strip())) {
            throw ApiException.ruleViolated("unit-fixed", "unit", "an assessment stays with the unit that made it ("
                    + before.unit() + "); another unit makes its own assessment");
        }
        AssessmentStatus status = r.status() == null ? before.status() : r.status();
        Assessment after = new Assessment(id, itemId, before.celex(), before.unit(), r.relevance(),
                r.influence(), r.expectedImpact(), r.actions(), responsible(r, before.unit()), r.dueDate(),
                before.status(), r.projectIds(), r.partnershipIds(), before.version(), before.createdAt(),
                clock.instant()).withStatus(status);
        Assessment saved = save(after, changedBy);
        audit.record("assessment", id, "update", by, before.snapshot(), saved.snapshot());
        return saved;
    }

    @Transactional
    public Assessment changeStatus(UUID itemId, UUID id, AssessmentStatus status, String ifMatch, String changedBy) {
        Assessment before = locked(itemId, id);
        Actor by = actors.getOrSystem("monitoring-service");
        by.requireMayChange("the assessment by " + before.unit(), List.of(before.unit()));
        Versions.requireMatch(ifMatch, before.version());
        if (before.status() == status) {
            return before;
        }
        Assessment after = before.withStatus(status);
        Assessment saved = save(after, changedBy);
        audit.record("assessment", id, "changeStatus", by, before.snapshot(), saved.snapshot());
        return saved;
    }

    private Assessment save(Assessment after, String changedBy) {
        Assessment stamped = new Assessment(after.id(), after.itemId(), after.celex(), after.unit(), after.relevance(),
                after.influence(), after.expectedImpact(), after.actions(), after.responsibleUnit(), after.dueDate(),
                after.status(), after.projectIds(), after.partnershipIds(), after.version(), after.createdAt(),
                clock.instant());
        if (!repository.update(stamped)) {
            throw ApiException.conflict("concurrent-change", "Someone else changed this assessment meanwhile; reload it");
        }
        Assessment saved = repository.find(after.itemId(), after.id(), false).orElseThrow();
        outbox.append(MonitoringEvents.ITEM_ASSESSED, saved.id().toString(), new ItemAssessed(saved.snapshot(), changedBy));
        return saved;
    }

    @Transactional(readOnly = true)
    public Assessment get(UUID itemId, UUID id) {
        return repository.find(itemId, id, false).orElseThrow(() -> ApiException.notFound("assessment", id));
    }

    @Transactional(readOnly = true)
    public List<Assessment> ofItem(UUID itemId) {
        legislation.get(itemId);
        return repository.ofItem(itemId);
    }

    /** Open assessments due on or before {@code until}, for the deadline check. */
    @Transactional(readOnly = true)
    public List<Assessment> dueBy(LocalDate until, int limit) {
        return repository.dueBy(until, limit);
    }

    private Assessment locked(UUID itemId, UUID id) {
        return repository.find(itemId, id, true).orElseThrow(() -> ApiException.notFound("assessment", id));
    }

    private static String responsible(AssessmentRequest r, String unit) {
        return r.responsibleUnit() == null || r.responsibleUnit().isBlank() ? unit : r.responsibleUnit().strip();
    }
}
