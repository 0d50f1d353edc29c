package se.goteborg.international.monitoring.legislation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CelexNumberTest {

    private static CelexNumber parse(String text) {
        return CelexNumber.parse(text, 2026);
    }

    @Test
    void readsRegulationsDirectivesProposalsAndConsolidatedTexts() {
        CelexNumber ai = parse("32024R1689");
        assertThat(ai.sector()).isEqualTo('3');
        assertThat(ai.year()).isEqualTo(2024);
        assertThat(ai.type()).isEqualTo("R");
        assertThat(ai.number()).isEqualTo("1689");
        assertThat(ai.itemType()).isEqualTo(ItemType.REGULATION);
        assertThat(ai.initialStage()).isEqualTo(Stage.PUBLISHED);

        assertThat(parse("32022L2555").itemType()).isEqualTo(ItemType.DIRECTIVE);
        assertThat(parse("32022D0591").itemType()).isEqualTo(ItemType.DECISION);
        CelexNumber proposal = parse("52021PC0206");
        assertThat(proposal.itemType()).isEqualTo(ItemType.PROPOSAL);
        assertThat(proposal.initialStage()).isEqualTo(Stage.PROPOSED);
        assertThat(parse("52019DC0640").itemType()).isEqualTo(ItemType.COMMUNICATION);

        CelexNumber consolidated = parse("02016R0679-20160504");
        assertThat(consolidated.consolidatedOn()).isEqualTo(LocalDate.of(2016, 5, 4));
        assertThat(consolidated.itemType()).isEqualTo(ItemType.REGULATION);
        assertThat(parse("32016R0679R(02)").value()).isEqualTo("32016R0679R(02)");
        assertThat(parse(" 32024r1689 ").value()).as("trimmed and upper-cased").isEqualTo("32024R1689");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "31899R0001       | the year 1899 is before EU law began",
            "32031R0001       | the year 2031 is in the future",
            "3024R1689        | must be a sector, a four-digit year",
            "32024Z1689       | type 'Z' is not a document type of sector 3 (e.g. R regulation, L directive, D decision)",
            "52021QQ0206      | type 'QQ' is not a document type of sector 5",
            "52021R0206       | type 'R' is not a document type of sector 5",
            "32024R16         | the document number '16' must have four digits",
            "32024R           | lacks the document number after the type 'R'",
            "72024L1689       | sector '7' holds national transposition measures, not EU acts",
            "32024R1689-20240101 | only a corrigendum suffix such as R(01) may follow (dated forms are for consolidated texts",
            "02016R0679       | a consolidated text (sector 0) needs its consolidation date",
            "02016R0679-20161345 | '20161345' is not a real date",
            "02016R0679-20150101 | the consolidation date 2015-01-01 is before the act's year 2016",
            "32024R1689;DROP  | may only hold digits, letters, a hyphen and brackets",
    })
    void refusesWithAReasonAPersonCanAct(String celex, String reason) {
        assertThatThrownBy(() -> parse(celex)).isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining(reason.strip());
    }

    @Test
    void blankIsRefusedWithAnExample() {
        assertThatThrownBy(() -> parse("  ")).hasMessageContaining("e.g. 32024R1689");
        assertThatThrownBy(() -> parse(null)).hasMessageContaining("required");
    }

    @Test
    void findsTheCelexNumberInEurLexLinks() {
        assertThat(CelexNumber.findIn("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1689"))
                .contains("32024R1689");
        assertThat(CelexNumber.findIn("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A52021PC0206&qid=1"))
                .contains("52021PC0206");
        assertThat(CelexNumber.findIn("https://example.org/news/1")).isEmpty();
    }

    @Test
    void procedureReferencesNameTheirRule() {
        ProcedureReference ref = ProcedureReference.parse("2021/0106(COD)", 2026);
        assertThat(ref.type()).isEqualTo("COD");
        assertThat(ProcedureReference.parse("2018/0196(cod)", 2026).value()).isEqualTo("2018/0196(COD)");
        assertThat(ProcedureReference.parse("2023/0123(NLE)", 2026).type()).isEqualTo("NLE");
        assertThatThrownBy(() -> ProcedureReference.parse("2021/0106(XYZ)", 2026))
                .hasMessageContaining("'XYZ' is not a procedure type; use one of").hasMessageContaining("COD");
        assertThatThrownBy(() -> ProcedureReference.parse("2021-0106-COD", 2026))
                .hasMessageContaining("e.g. 2021/0106(COD)");
        assertThatThrownBy(() -> ProcedureReference.parse("1960/0106(COD)", 2026)).hasMessageContaining("the year 1960");
        assertThatThrownBy(() -> ProcedureReference.parse("2021/0000(COD)", 2026)).hasMessageContaining("0000");
    }
}
