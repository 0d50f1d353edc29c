package se.goteborg.international.monitoring.legislation;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An item to watch (create) or its new descriptive data (update). The type follows from the CELEX
 * number when left out; the stage may only be given on create (later, use the stage command).
 */
public record ItemRequest(
        @Schema(example = "32024R1689", description = "CELEX number; validated (sector, year, type, number)")
        @Size(max = 40, message = "must be at most 40 characters") String celex,
        @Schema(example = "2021/0106(COD)") @Size(max = 40, message = "must be at most 40 characters") String procedureReference,
        @Schema(example = "http://data.europa.eu/eli/reg/2024/1689/oj")
        @Size(max = 300, message = "must be at most 300 characters")
        @Pattern(regexp = "https?://data\\.europa\\.eu/eli/.+", message = "must be an ELI URI starting with http://data.europa.eu/eli/") String eli,
        @Schema(example = "Förordning om harmoniserade regler för artificiell intelligens (AI-förordningen)")
        @Size(max = 1000, message = "must be at most 1000 characters") String titleSv,
        @Schema(example = "Regulation laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)")
        @Size(max = 1000, message = "must be at most 1000 characters") String titleEn,
        @Schema(example = "REGULATION") ItemType type,
        @Schema(example = "IN_FORCE", description = "only on create; defaults to PROPOSED for proposals, PUBLISHED for acts") Stage stage,
        @Valid KeyDatesRequest dates,
        @Schema(example = "[\"artificial intelligence\", \"digitalisation\"]")
        @Size(max = 30, message = "must hold at most 30 subject areas") List<@Size(max = 100, message = "must be at most 100 characters") String> subjectAreas,
        @Schema(example = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1689")
        @Size(max = 1000, message = "must be at most 1000 characters")
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String sourceLink,
        @Schema(description = "the watched item of this act's proposal") UUID proposalItemId) {
}
