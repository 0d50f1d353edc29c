package se.goteborg.international.monitoring.legislation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.goteborg.international.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageAndDatesTest {

    @Test
    void stagesMoveForwardAndMaySkipButNeverGoBack() {
        assertThat(Stage.PROPOSED.refusalToMoveTo(Stage.UNDER_NEGOTIATION)).isNull();
        assertThat(Stage.PROPOSED.refusalToMoveTo(Stage.ADOPTED)).isNull();
        assertThat(Stage.UNDER_NEGOTIATION.refusalToMoveTo(Stage.WITHDRAWN)).isNull();
        assertThat(Stage.PROPOSED.refusalToMoveTo(Stage.REJECTED)).isNull();
        assertThat(Stage.ADOPTED.refusalToMoveTo(Stage.PROPOSED)).contains("cannot go back from ADOPTED to PROPOSED");
        assertThat(Stage.PUBLISHED.refusalToMoveTo(Stage.WITHDRAWN)).contains("only a proposal");
        assertThat(Stage.IN_FORCE.refusalToMoveTo(Stage.PUBLISHED)).contains("does not change stage any more");
        assertThat(Stage.WITHDRAWN.refusalToMoveTo(Stage.ADOPTED)).contains("does not change stage any more");
        assertThat(Stage.ADOPTED.refusalToMoveTo(Stage.ADOPTED)).contains("already ADOPTED");
    }

    @Test
    void datesMustFollowTheProcessAndChangesAreListedFieldByField() {
        assertThatThrownBy(() -> new KeyDates(LocalDate.parse("2021-04-21"), LocalDate.parse("2020-01-01"), null,
                null, null, null)).isInstanceOf(RuleViolation.class).hasMessageContaining("before the proposal date");
        assertThatThrownBy(() -> new KeyDates(null, LocalDate.parse("2024-06-13"), LocalDate.parse("2024-06-01"),
                null, null, null)).hasMessageContaining("publication date 2024-06-01 is before the adoption");
        assertThatThrownBy(() -> new KeyDates(null, null, LocalDate.parse("2024-07-12"),
                List.of(LocalDate.parse("2024-07-01")), null, null)).hasMessageContaining("entry into force");

        KeyDates before = new KeyDates(null, LocalDate.parse("2024-06-13"), null, List.of(), null, null);
        KeyDates after = new KeyDates(null, LocalDate.parse("2024-06-13"), LocalDate.parse("2024-07-12"),
                List.of(LocalDate.parse("2025-02-02"), LocalDate.parse("2024-08-01")), null, null);
        assertThat(after.entryIntoForce()).as("sorted").containsExactly(LocalDate.parse("2024-08-01"),
                LocalDate.parse("2025-02-02"));
        assertThat(after.changesSince(before)).extracting(c -> c.field() + ":" + c.from() + "->" + c.to())
                .containsExactly("publication:null->2024-07-12", "entryIntoForce:null->2024-08-01,2025-02-02");
        assertThat(after.changesSince(after)).isEmpty();
    }

    @Test
    void missingDatesAreFilledWithoutOverwritingKnownOnes() {
        KeyDates mine = new KeyDates(null, LocalDate.parse("2024-06-13"), null, List.of(), null, null);
        KeyDates cellar = new KeyDates(null, LocalDate.parse("2024-06-01"), null, List.of(LocalDate.parse("2024-08-01")),
                null, LocalDate.parse("2026-01-01"));
        KeyDates merged = mine.orElse(cellar);
        assertThat(merged.adoption()).isEqualTo(LocalDate.parse("2024-06-13"));
        assertThat(merged.entryIntoForce()).containsExactly(LocalDate.parse("2024-08-01"));
        assertThat(merged.transpositionDeadline()).isEqualTo(LocalDate.parse("2026-01-01"));
    }
}
