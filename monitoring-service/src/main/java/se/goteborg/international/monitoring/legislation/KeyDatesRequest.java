package se.goteborg.international.monitoring.legislation;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Key dates of an item; all optional. */
public record KeyDatesRequest(
        @Schema(example = "2021-04-21") LocalDate proposal,
        @Schema(example = "2024-06-13") LocalDate adoption,
        @Schema(example = "2024-07-12") LocalDate publication,
        @Schema(example = "[\"2024-08-01\"]") @Size(max = 20, message = "must hold at most 20 dates") List<LocalDate> entryIntoForce,
        @Schema(example = "2026-08-02") LocalDate application,
        @Schema(example = "2024-10-17") LocalDate transpositionDeadline) {

    KeyDates toDomain() {
        return new KeyDates(proposal, adoption, publication, entryIntoForce, application, transpositionDeadline);
    }

    public static KeyDatesRequest of(KeyDates d) {
        return new KeyDatesRequest(d.proposal(), d.adoption(), d.publication(), d.entryIntoForce(), d.application(),
                d.transpositionDeadline());
    }
}
