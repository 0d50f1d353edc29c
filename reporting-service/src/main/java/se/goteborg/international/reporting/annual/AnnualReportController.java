package se.goteborg.international.reporting.annual;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/annual")
@Tag(name = "Annual report", description = "Internationellt arbete och EU-arbete i Göteborgs Stad <år>")
class AnnualReportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AnnualReportService service;
    private final AnnualReportPdf pdf;
    private final AnnualReportXlsx xlsx;

    AnnualReportController(AnnualReportService service, AnnualReportPdf pdf, AnnualReportXlsx xlsx) {
        this.service = service;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    @GetMapping(value = "/{year}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The annual report as PDF, with charts",
            description = "Swedish headings; the same figures as the JSON reports for that year, and the event they are complete up to.")
    ResponseEntity<byte[]> pdf(@Parameter(description = "Calendar year, 2000–2100", example = "2025")
                               @PathVariable @Min(2000) @Max(2100) int year) {
        return file(pdf.render(service.report(year)), MediaType.APPLICATION_PDF, year, "pdf");
    }

    @GetMapping(value = "/{year}.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The annual report as XLSX, one sheet per section",
            description = "Sheets: Översikt, EU-finansiering, Indikatorer, Omvärldsbevakning, Aktiviteter, Riktlinjekontroll.")
    ResponseEntity<byte[]> xlsx(@Parameter(description = "Calendar year, 2000–2100", example = "2025")
                                @PathVariable @Min(2000) @Max(2100) int year) {
        return file(xlsx.render(service.report(year)), XLSX, year, "xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, int year, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("internationellt-arbete-" + year + "." + extension).build().toString())
                .body(body);
    }
}
