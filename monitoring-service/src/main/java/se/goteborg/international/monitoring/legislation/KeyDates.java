package se.goteborg.international.monitoring.legislation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.goteborg.international.events.contract.monitoring.DateChange;
import se.goteborg.international.domain.RuleViolation;

/**
 * The dates that matter about an act. An act may enter into force in parts, so there may be several
 * entry-into-force dates. Every date is optional: they become known as the act moves on.
 */
public record KeyDates(LocalDate proposal, LocalDate adoption, LocalDate publication, List<LocalDate> entryIntoForce,
                       LocalDate application, LocalDate transpositionDeadline) {

    public static final KeyDates NONE = new KeyDates(null, null, null, List.of(), null, null);

    public KeyDates {
        entryIntoForce = entryIntoForce == null ? List.of()
                : entryIntoForce.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (proposal != null && adoption != null && adoption.isBefore(proposal)) {
            throw new RuleViolation("date-order", "dates.adoption", "the adoption date " + adoption
                    + " is before the proposal date " + proposal);
        }
        if (adoption != null && publication != null && publication.isBefore(adoption)) {
            throw new RuleViolation("date-order", "dates.publication", "the publication date " + publication
                    + " is before the adoption date " + adoption);
        }
        if (publication != null && !entryIntoForce.isEmpty() && entryIntoForce.get(0).isBefore(publication)) {
            throw new RuleViolation("date-order", "dates.entryIntoForce", "entry into force on "
                    + entryIntoForce.get(0) + " is before publication on " + publication);
        }
    }

    /** Each date that differs from {@code before}, by name, from what to what. */
    public List<DateChange> changesSince(KeyDates before) {
        List<DateChange> changes = new ArrayList<>();
        compare(changes, "proposal", before, KeyDates::proposal);
        compare(changes, "adoption", before, KeyDates::adoption);
        compare(changes, "publication", before, KeyDates::publication);
        compare(changes, "entryIntoForce", before, d -> d.entryIntoForce().isEmpty() ? null
                : d.entryIntoForce().stream().map(LocalDate::toString).collect(Collectors.joining(",")));
        compare(changes, "application", before, KeyDates::application);
        compare(changes, "transpositionDeadline", before, KeyDates::transpositionDeadline);
        return changes;
    }

    /** Fills the dates this one lacks from {@code other} (e.g. Cellar's); dates already known are kept. */
    public KeyDates orElse(KeyDates other) {
        return new KeyDates(first(proposal, other.proposal), first(adoption, other.adoption),
                first(publication, other.publication),
                entryIntoForce.isEmpty() ? other.entryIntoForce : entryIntoForce,
                first(application, other.application), first(transpositionDeadline, other.transpositionDeadline));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private void compare(List<DateChange> out, String field, KeyDates before, Function<KeyDates, Object> get) {
        Object was = get.apply(before);
        Object now = get.apply(this);
        if (!Objects.equals(was, now)) {
            out.add(new DateChange(field, was == null ? null : was.toString(), now == null ? null : now.toString()));
        }
    }
}
