package se.goteborg.international.monitoring.legislation;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.events.contract.monitoring.DateChange;
import se.goteborg.international.events.contract.monitoring.ItemDatesChanged;
import se.goteborg.international.events.contract.monitoring.ItemStageChanged;
import se.goteborg.international.events.contract.monitoring.ItemTracked;
import se.goteborg.international.events.contract.monitoring.ItemUpdated;
import se.goteborg.international.events.contract.monitoring.MonitoringEvents;
import se.goteborg.international.events.outbox.Outbox;
import se.goteborg.international.monitoring.Problems;
import se.goteborg.international.monitoring.alert.AlertReason;
import se.goteborg.international.monitoring.alert.AlertService;
import se.goteborg.international.monitoring.alert.Watchable;
import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.api.PageResponse;
import se.goteborg.international.service.api.Versions;
import se.goteborg.international.service.security.CurrentActor;
import se.goteborg.international.service.problem.ApiException;

/**
 * Use cases on watched items. Each change, its history rows, its event and the alerts it causes
 * commit in one transaction.
 */
@Service
public class LegislationService {

    private final WatchedItemRepository items;
    private final Outbox outbox;
    private final AlertService alerts;
    private final Clock clock;

    private final CurrentActor actors;

    LegislationService(WatchedItemRepository items, Outbox outbox, AlertService alerts, Clock clock, CurrentActor actors) {
        this.actors = actors;
        this.items = items;
        this.outbox = outbox;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Where an item came from: by hand, a feed, or the demo loader. */
    public enum Origin { MANUAL, FEED, DEMO }

    @Transactional
    public WatchedItem track(ItemRequest r, Origin origin, String changedBy) {
        actors.getOrSystem("monitoring-service").requireInternationalOffice("track watched legislation");
        CelexNumber celex = celex(r.celex());
        if (celex != null) {
            items.findByCelex(celex.value()).ifPresent(existing -> {
                throw ApiException.conflict("already-watched", celex + " is already watched as item " + existing.id());
            });
        }
        ItemType type = r.type() != null ? r.type() : celex != null ? celex.itemType() : null;
        if (type == null) {
            throw ApiException.ruleViolated("type-required", "type", "give the item's type, or a CELEX number it"
                    + " can be read from");
        }
        Stage stage = r.stage() != null ? r.stage() : celex != null ? celex.initialStage() : Stage.PROPOSED;
        checkProposalLink(r.proposalItemId(), null);
        Instant now = clock.instant();
        WatchedItem item = new WatchedItem(UUID.randomUUID(), celex, procedure(r.procedureReference()),
                r.eli(), r.titleSv(), r.titleEn(), type, stage, dates(r), r.subjectAreas(), r.sourceLink(),
                r.proposalItemId(), 0, now, now);
        items.insert(item, origin.name());
        items.addHistory(item.id(), "stage", null, stage.name(), changedBy, "tracked (" + origin + ")", now);
        outbox.append(MonitoringEvents.ITEM_TRACKED, item.id().toString(), new ItemTracked(item.snapshot(), origin.name()));
        alerts.raiseForSubscribers(watchable(item), AlertReason.NEW_MATCH, "new:" + item.id(),
                "New item matches your subscription: " + item.displayName());
        return item;
    }

    /** Replaces an item's descriptive data and dates; records every changed field in the history. */
    @Transactional
    public WatchedItem update(UUID id, ItemRequest r, String ifMatch, String changedBy) {
        actors.getOrSystem("monitoring-service").requireInternationalOffice("change watched legislation");
        WatchedItem before = lockedItem(id);
        Versions.requireMatch(ifMatch, before.version());
        if (r.stage() != null && r.stage() != before.stage()) {
            throw ApiException.ruleViolated("use-stage-command", "stage", "change the stage with POST /api/legislation/"
                    + id + "/stage, so the change is recorded as a step of the process");
        }
        CelexNumber celex = celex(r.celex());
        if (celex != null && !celex.equals(before.celex())) {
            items.findByCelex(celex.value()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
                throw ApiException.conflict("already-watched", celex + " is already watched as item " + other.id());
            });
        }
        checkProposalLink(r.proposalItemId(), id);
        ItemType type = r.type() != null ? r.type() : celex != null ? celex.itemType() : before.type();
        Instant now = clock.instant();
        WatchedItem after = new WatchedItem(id, celex, procedure(r.procedureReference()), r.eli(),
                r.titleSv(), r.titleEn(), type, before.stage(), dates(r), r.subjectAreas(), r.sourceLink(),
                r.proposalItemId(), before.version(), before.createdAt(), now);
        return save(before, after, changedBy, null);
    }

    /** Moves an item to another stage, if the process allows that step. */
    @Transactional
    public WatchedItem changeStage(UUID id, StageChangeRequest r, String ifMatch, String changedBy) {
        actors.getOrSystem("monitoring-service").requireInternationalOffice("change the stage of watched legislation");
        WatchedItem before = lockedItem(id);
        Versions.requireMatch(ifMatch, before.version());
        WatchedItem after = before.withStage(r.stage());
        return save(before, after, changedBy, r.reason());
    }

    /** Fills dates an item lacks (e.g. from Cellar) without overwriting what people entered. */
    @Transactional
    public WatchedItem addMissingDates(UUID id, KeyDates found, String changedBy) {
        WatchedItem before = lockedItem(id);
        WatchedItem after = before.withDates(before.dates().orElse(found));
        return save(before, after, changedBy, "dates found in " + changedBy);
    }

    private WatchedItem save(WatchedItem before, WatchedItem after, String changedBy, String reason) {
        List<DateChange> dateChanges = after.dates().changesSince(before.dates());
        List<DateChange> otherChanges = descriptiveChanges(before, after);
        boolean stageChanged = before.stage() != after.stage();
        if (dateChanges.isEmpty() && otherChanges.isEmpty() && !stageChanged) {
            return before; // nothing changed: no new version, no event
        }
        Instant now = clock.instant();
        WatchedItem stamped = new WatchedItem(after.id(), after.celex(), after.procedure(), after.eli(), after.titleSv(),
                after.titleEn(), after.type(), after.stage(), after.dates(), after.subjectAreas(), after.sourceLink(),
                after.proposalItemId(), before.version(), after.createdAt(), now);
        if (!items.update(stamped)) {
            throw ApiException.conflict("concurrent-change", "Someone else changed this item meanwhile; reload it and try again");
        }
        WatchedItem saved = items.find(after.id()).orElseThrow();
        String key = saved.id().toString();
        Watchable watchable = watchable(saved);
        if (stageChanged) {
            items.addHistory(saved.id(), "stage", before.stage().name(), saved.stage().name(), changedBy, reason, now);
            outbox.append(MonitoringEvents.ITEM_STAGE_CHANGED, key, new ItemStageChanged(saved.snapshot(),
                    before.stage().name(), saved.stage().name(), changedBy, reason));
            alerts.raiseForSubscribers(watchable, AlertReason.STAGE_CHANGED, "stage:" + saved.id() + ":" + saved.stage(),
                    saved.displayName() + " moved from " + before.stage() + " to " + saved.stage());
        }
        for (DateChange c : dateChanges) {
            items.addHistory(saved.id(), "dates." + c.field(), c.from(), c.to(), changedBy, reason, now);
        }
        if (!dateChanges.isEmpty()) {
            outbox.append(MonitoringEvents.ITEM_DATES_CHANGED, key, new ItemDatesChanged(saved.snapshot(), dateChanges, changedBy));
            for (DateChange c : dateChanges) {
                alerts.raiseForSubscribers(watchable, AlertReason.DATE_CHANGED,
                        "date:" + saved.id() + ":" + c.field() + ":" + c.to(),
                        saved.displayName() + ": " + c.field() + " changed from " + (c.from() == null ? "(none)" : c.from())
                                + " to " + (c.to() == null ? "(none)" : c.to()));
            }
        }
        for (DateChange c : otherChanges) {
            items.addHistory(saved.id(), c.field(), c.from(), c.to(), changedBy, reason, now);
        }
        if (!otherChanges.isEmpty()) {
            outbox.append(MonitoringEvents.ITEM_UPDATED, key, new ItemUpdated(saved.snapshot(), changedBy));
        }
        return saved;
    }

    private static List<DateChange> descriptiveChanges(WatchedItem a, WatchedItem b) {
        List<DateChange> changes = new ArrayList<>();
        diff(changes, "celex", a.celex(), b.celex());
        diff(changes, "procedureReference", a.procedure(), b.procedure());
        diff(changes, "eli", a.eli(), b.eli());
        diff(changes, "titleSv", a.titleSv(), b.titleSv());
        diff(changes, "titleEn", a.titleEn(), b.titleEn());
        diff(changes, "type", a.type(), b.type());
        diff(changes, "subjectAreas", a.subjectAreas(), b.subjectAreas());
        diff(changes, "sourceLink", a.sourceLink(), b.sourceLink());
        diff(changes, "proposalItemId", a.proposalItemId(), b.proposalItemId());
        return changes;
    }

    private static void diff(List<DateChange> out, String field, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            out.add(new DateChange(field, was == null ? null : was.toString(), now == null ? null : now.toString()));
        }
    }

    @Transactional(readOnly = true)
    public WatchedItem get(UUID id) {
        return items.find(id).orElseThrow(() -> ApiException.notFound("watched item", id));
    }

    @Transactional(readOnly = true)
    public Optional<WatchedItem> findByCelex(String celex) {
        return items.findByCelex(celex);
    }

    @Transactional(readOnly = true)
    public PageResponse<WatchedItem> list(ItemFilter filter, PageRequest page) {
        return items.list(filter, page);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id) {
        if (!items.exists(id)) {
            throw ApiException.notFound("watched item", id);
        }
        return items.history(id);
    }

    /** Other items of the same procedure (the proposal and the act adopted from it). */
    @Transactional(readOnly = true)
    public List<WatchedItem> related(WatchedItem item) {
        if (item.procedure() == null) {
            return List.of();
        }
        return items.byProcedure(item.procedure().value()).stream().filter(i -> !i.id().equals(item.id())).toList();
    }

    public static Watchable watchable(WatchedItem item) {
        String text = String.join(" ", Objects.toString(item.titleEn(), ""), Objects.toString(item.titleSv(), ""),
                item.celex() == null ? "" : item.celex().value(),
                item.procedure() == null ? "" : item.procedure().value());
        return new Watchable("ITEM", item.id(), item.id(), item.subjectAreas(), text);
    }

    private WatchedItem lockedItem(UUID id) {
        return items.findForUpdate(id).orElseThrow(() -> ApiException.notFound("watched item", id));
    }

    private void checkProposalLink(UUID proposalItemId, UUID self) {
        if (proposalItemId != null && !proposalItemId.equals(self) && !items.exists(proposalItemId)) {
            throw ApiException.ruleViolated("unknown-item", "proposalItemId", "no watched item has the id " + proposalItemId);
        }
    }

    private CelexNumber celex(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int latest = Year.now(clock).getValue() + 1;
        return Problems.reference("invalid-celex", "celex", () -> CelexNumber.parse(text, latest));
    }

    private ProcedureReference procedure(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int latest = Year.now(clock).getValue() + 1;
        return Problems.reference("invalid-procedure-reference", "procedureReference",
                () -> ProcedureReference.parse(text, latest));
    }

    private static KeyDates dates(ItemRequest r) {
        return r.dates() == null ? KeyDates.NONE : r.dates().toDomain();
    }
}
