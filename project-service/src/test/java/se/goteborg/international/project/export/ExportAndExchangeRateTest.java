package se.goteborg.international.project.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.testsupport.PlatformIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.goteborg.international.project.ProjectFixtures.JSON;
import static se.goteborg.international.project.ProjectFixtures.command;
import static se.goteborg.international.project.ProjectFixtures.project;
import static se.goteborg.international.project.ProjectFixtures.register;

@PlatformIntegrationTest
class ExportAndExchangeRateTest {

    @Autowired
    RestTestClient http;

    @Test
    void amountsInSekUseTheStoredMonthlyRateAndSayWhichOne() {
        http.post().uri("/api/projects/exchange-rates?source=Test rates").contentType(new MediaType("text", "csv"))
                .body("month,eurToSek\n2035-01,11.5000\n2035-03,11.2000\n").exchange().expectStatus().isOk();
        Map<String, Object> body = project("SEK amounts");
        body.put("startDate", "2035-02-01");
        body.put("endDate", "2036-01-31");
        String id = (String) register(http, body).get("id");
        // before a decision: the start month, or the latest month before it
        http.get().uri("/api/projects/{id}", id).exchange().expectBody()
                .jsonPath("$.amountsInSek.rateMonth").isEqualTo("2035-01")
                .jsonPath("$.amountsInSek.eurToSek").isEqualTo(11.5)
                .jsonPath("$.amountsInSek.total").isEqualTo(11500000.00);
        command(http, id, "submit", null);
        command(http, id, "grant", Map.of("decisionDate", "2035-03-20", "grantedAmount", "600000"));
        http.get().uri("/api/projects/{id}", id).exchange().expectBody()
                .jsonPath("$.amountsInSek.rateMonth").isEqualTo("2035-03")
                .jsonPath("$.amountsInSek.grantedAmount").isEqualTo(6720000.00)
                .jsonPath("$.amountsInSek.rateSource").isEqualTo("Test rates");
    }

    @Test
    void loadedRatesShowAtOnceThoughRatesAreRemembered() {
        Map<String, Object> body = project("Rate loaded later");
        body.put("startDate", "2037-05-01");
        body.put("endDate", "2038-01-31");
        String id = (String) register(http, body).get("id");
        // an earlier month's rate (or none) until 2037-04 is loaded: this lookup is remembered
        Map<?, ?> before = http.get().uri("/api/projects/{id}", id).exchange().expectBody(Map.class)
                .returnResult().getResponseBody();
        assertThat(String.valueOf(before.get("amountsInSek"))).doesNotContain("2037-04");
        http.post().uri("/api/projects/exchange-rates?source=Later rates").contentType(new MediaType("text", "csv"))
                .body("month,eurToSek\n2037-04,10.0000\n").exchange().expectStatus().isOk();
        http.get().uri("/api/projects/{id}", id).exchange().expectBody()
                .jsonPath("$.amountsInSek.rateMonth").isEqualTo("2037-04")
                .jsonPath("$.amountsInSek.total").isEqualTo(10000000.00);
        http.post().uri("/api/projects/exchange-rates?source=Corrected rates").contentType(new MediaType("text", "csv"))
                .body("month,eurToSek\n2037-04,10.5000\n").exchange().expectStatus().isOk();
        http.get().uri("/api/projects/{id}", id).exchange().expectBody()
                .jsonPath("$.amountsInSek.rateSource").isEqualTo("Corrected rates")
                .jsonPath("$.amountsInSek.total").isEqualTo(10500000.00);
    }

    @Test
    void aBadRateFileIsRefusedWhole() {
        http.post().uri("/api/projects/exchange-rates?source=Bad").contentType(new MediaType("text", "csv"))
                .body("month,eurToSek\n2036-01,11.1\n2036-02,-3\n").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("eurToSek");
        http.post().uri("/api/projects/exchange-rates?source=Bad").contentType(new MediaType("text", "csv"))
                .body("when,rate\n2036-01,11.1\n").exchange().expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        http.get().uri("/api/projects/exchange-rates").exchange().expectBody()
                .jsonPath("$[?(@.month == '2036-01')]").doesNotExist();
    }

    @Test
    void theFilteredListExportsAsCsvAndXlsx() throws Exception {
        Map<String, Object> body = project("=HYPERLINK(\"http://evil\") Export me");
        body.put("programme", "URBACT");
        body.put("acronym", "EXPORTME");
        register(http, body);
        Map<String, Object> other = project("Not exported");
        other.put("programme", "LIFE");
        register(http, other);

        String csv = new String(http.get().uri("/api/projects/export.csv?programme=URBACT").exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith(new MediaType("text", "csv"))
                .expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,title,acronym,status,programme");
        assertThat(csv).contains("EXPORTME").contains("'=HYPERLINK").doesNotContain("Not exported");

        byte[] xlsx = http.get().uri("/api/projects/export.xlsx?programme=URBACT").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Projects");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("title");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("EXPORTME");
            assertThat(sheet.getRow(1).getCell(12).getNumericCellValue()).isEqualTo(1_000_000.0);
        }
        http.get().uri("/api/projects/export.xlsx?status=NOPE").exchange().expectStatus().isBadRequest();
    }

    @Test
    void sekProjectsNeedNoRate() {
        Map<String, Object> body = project("Kept in SEK");
        body.put("budget", Map.of("currency", "SEK", "total", "500000", "externalGrant", "400000", "ownContribution", "100000"));
        Map<String, Object> created = http.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        assertThat((Map<String, Object>) created.get("amountsInSek")).containsEntry("rateSource", "kept in SEK");
    }
}
