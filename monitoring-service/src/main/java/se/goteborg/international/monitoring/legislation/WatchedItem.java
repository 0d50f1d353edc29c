package se.goteborg.international.monitoring.legislation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import se.goteborg.international.events.contract.monitoring.LegislationItemSnapshot;
import se.goteborg.international.domain.RuleViolation;

/**
 * A piece of EU legislation (or a proposal, communication, …) the city watches. Identified by its
 * CELEX number where it has one; a proposal and the act adopted from it are two items linked by
 * {@link #proposalItemId()} and by their shared procedure reference.
 */
public record WatchedItem(UUID id, CelexNumber celex, ProcedureReference procedure, String eli, String titleSv,
                          String titleEn, ItemType type, Stage stage, KeyDates dates, List<String> subjectAreas,
                          String sourceLink, UUID proposalItemId, long version, Instant createdAt, Instant updatedAt) {

    public WatchedItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(stage);
        dates = dates == null ? KeyDates.NONE : dates;
        subjectAreas = normalise(subjectAreas);
        if (blank(titleSv) && blank(titleEn)) {
            throw new RuleViolation("title-required", "titleEn", "an item needs a title in English or Swedish");
        }
        if (proposalItemId != null && proposalItemId.equals(id)) {
            throw new RuleViolation("self-link", "proposalItemId", "an item cannot be its own proposal");
        }
    }

    /** Subject areas are compared case-insensitively, so they are kept lower case, trimmed and distinct. */
    public static List<String> normalise(List<String> areas) {
        return areas == null ? List.of() : areas.stream().filter(a -> a != null && !a.isBlank())
                .map(a -> a.strip().toLowerCase(Locale.ROOT)).distinct().sorted().toList();
    }

    public WatchedItem withStage(Stage next) {
        String refusal = stage.refusalToMoveTo(next);
        if (refusal != null) {
            throw new RuleViolation("stage-transition", "stage", refusal);
        }
        return new WatchedItem(id, celex, procedure, eli, titleSv, titleEn, type, next, dates, subjectAreas,
                sourceLink, proposalItemId, version, createdAt, updatedAt);
    }

    public WatchedItem withDates(KeyDates newDates) {
        return new WatchedItem(id, celex, procedure, eli, titleSv, titleEn, type, stage, newDates, subjectAreas,
                sourceLink, proposalItemId, version, createdAt, updatedAt);
    }

    /** A title for messages: English if known, else Swedish, with the CELEX number. */
    public String displayName() {
        String title = blank(titleEn) ? titleSv : titleEn;
        return celex == null ? title : celex + " " + title;
    }

    /** Whether {@code keyword} appears in a title (case-insensitive). */
    public boolean mentions(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        return (titleEn != null && titleEn.toLowerCase(Locale.ROOT).contains(k))
                || (titleSv != null && titleSv.toLowerCase(Locale.ROOT).contains(k))
                || (celex != null && celex.value().equalsIgnoreCase(keyword));
    }

    public LegislationItemSnapshot snapshot() {
        return new LegislationItemSnapshot(id, celex == null ? null : celex.value(),
                procedure == null ? null : procedure.value(), eli, titleSv, titleEn, type.name(), stage.name(),
                dates.proposal(), dates.adoption(), dates.publication(), dates.entryIntoForce(), dates.application(),
                dates.transpositionDeadline(), subjectAreas, sourceLink, proposalItemId);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
