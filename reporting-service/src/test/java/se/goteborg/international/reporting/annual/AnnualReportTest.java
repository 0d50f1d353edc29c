package se.goteborg.international.reporting.annual;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.contract.project.ProjectEvents;
import se.goteborg.international.events.contract.project.ProjectGranted;
import se.goteborg.international.events.envelope.EventCodec;
import se.goteborg.international.reporting.ReportingFixtures;
import se.goteborg.international.reporting.ReportingFixtures.Snapshot;
import se.goteborg.international.reporting.Snapshots;
import se.goteborg.international.testsupport.PlatformIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF and XLSX open, and show the same numbers as the JSON reports. */
@PlatformIntegrationTest
@SuppressWarnings("unchecked")
class AnnualReportTest {

    private static final int YEAR = 2023;

    @Autowired
    RestTestClient http;
    @Autowired
    EventCodec codec;
    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void thePdfAndTheSpreadsheetShowTheFiguresOfTheJsonReports() throws Exception {
        ReportingFixtures fixtures = new ReportingFixtures(codec, kafka, http);
        Snapshot before = fixtures.overview();
        Snapshots.Project project = new Snapshots.Project();
        project.unit = Snapshots.uniqueUnit("Årsrapport");
        project.start = LocalDate.of(YEAR, 2, 1);
        project.grantDate = LocalDate.of(YEAR, 5, 1);
        project.granted = new BigDecimal("100000.00");
        fixtures.publish(ProjectEvents.GRANTED, project.id, new ProjectGranted(project.id, project.granted, "EUR",
                project.grantDate, project.build()));
        fixtures.awaitApplied(before, 1);

        Map<String, Object> funding = fixtures.get("/api/reports/funding?year=" + YEAR);
        Map<String, Object> total = ((List<Map<String, Object>>) funding.get("totals")).get(0);
        BigDecimal granted = new BigDecimal(total.get("grantedSek").toString());
        BigDecimal applied = new BigDecimal(total.get("appliedSek").toString());
        long breaches = ((Number) fixtures.get("/api/reports/guideline-check?year=" + YEAR).get("total")).longValue();
        assertThat(granted).isGreaterThanOrEqualTo(new BigDecimal("1147000.00")); // 100 000 EUR × 11.47

        byte[] pdf = http.get().uri("/api/reports/annual/" + YEAR + ".pdf").exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        String text = pdfText(pdf);
        assertThat(text).contains("Internationellt arbete och EU-arbete i Göteborgs Stad " + YEAR, "EU-finansiering",
                "Riktlinjekontroll", "Omvärldsbevakning")
                .contains("beviljat " + Numbers.sek(granted) + " SEK")
                .contains("sökt " + Numbers.sek(applied) + " SEK")
                .contains("Avvikelser: " + breaches)
                .contains("Växelkurs EUR 2023: 11.47 SEK");
        PdfReader reader = new PdfReader(pdf);
        assertThat(countImages(pdf)).as("charts are embedded").isGreaterThanOrEqualTo(3);
        reader.close();

        byte[] xlsx = http.get().uri("/api/reports/annual/" + YEAR + ".xlsx").exchange()
                .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactlyElementsOf(AnnualReportXlsx.SHEETS);
            Row sum = rowStartingWith(wb.getSheet("EU-finansiering"), "Summa " + YEAR);
            assertThat(BigDecimal.valueOf(sum.getCell(7).getNumericCellValue())).isEqualByComparingTo(granted);
            assertThat(BigDecimal.valueOf(sum.getCell(6).getNumericCellValue())).isEqualByComparingTo(applied);
            Row breachTotal = rowStartingWith(wb.getSheet("Riktlinjekontroll"), "Avvikelser totalt");
            assertThat(breachTotal.getCell(1).getStringCellValue()).isEqualTo(String.valueOf(breaches));
        }
    }

    @Test
    void anImpossibleYearIsRefused() {
        http.get().uri("/api/reports/annual/1850.xlsx").accept(MediaType.ALL).exchange()
                .expectStatus().isBadRequest();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static int countImages(byte[] pdf) {
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        return raw.split("/Subtype\\s*/Image", -1).length - 1;
    }

    private static Row rowStartingWith(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return row;
            }
        }
        throw new AssertionError("no row '" + first + "' in " + sheet.getSheetName());
    }
}
