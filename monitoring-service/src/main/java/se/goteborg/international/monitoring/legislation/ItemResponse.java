package se.goteborg.international.monitoring.legislation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A watched item as the API shows it, with the items of the same procedure. */
public record ItemResponse(UUID id, String celex, String procedureReference, String eli, String titleSv, String titleEn,
                           ItemType type, Stage stage, KeyDatesRequest dates, List<String> subjectAreas,
                           String sourceLink, UUID proposalItemId, List<Related> related, long version,
                           Instant createdAt, Instant updatedAt) {

    /** Another item of the same procedure, e.g. the act adopted from this proposal. */
    public record Related(UUID id, String celex, ItemType type, Stage stage) {
    }

    static ItemResponse of(WatchedItem i, List<WatchedItem> related) {
        return new ItemResponse(i.id(), i.celex() == null ? null : i.celex().value(),
                i.procedure() == null ? null : i.procedure().value(), i.eli(), i.titleSv(), i.titleEn(), i.type(),
                i.stage(), KeyDatesRequest.of(i.dates()), i.subjectAreas(), i.sourceLink(), i.proposalItemId(),
                related.stream().map(r -> new Related(r.id(), r.celex() == null ? null : r.celex().value(), r.type(),
                        r.stage())).toList(), i.version(), i.createdAt(), i.updatedAt());
    }
}
