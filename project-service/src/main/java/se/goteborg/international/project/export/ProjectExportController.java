package se.goteborg.international.project.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.goteborg.international.project.exchangerate.ExchangeRates;
import se.goteborg.international.project.project.Partner;
import se.goteborg.international.project.project.Project;
import se.goteborg.international.project.project.ProjectQuery;
import se.goteborg.international.project.project.ProjectResponse;
import se.goteborg.international.project.project.ProjectService;

/** The filtered project list as a spreadsheet (CSV or Excel), for the annual compilation and ad-hoc questions. */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects")
class ProjectExportController {

    static final int MAX_ROWS = 10_000;
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProjectService projects;
    private final ExchangeRates rates;

    ProjectExportController(ProjectService projects, ExchangeRates rates) {
        this.projects = projects;
        this.rates = rates;
    }

    /** One column: its header and how a project fills it. */
    private record Column(String header, Function<Row3, Object> value) {
    }

    /** A project with its SEK amounts, as one export row. */
    private record Row3(Project p, ProjectResponse.SekAmounts sek) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("id", r -> r.p().id()),
            new Column("title", r -> r.p().details().title()),
            new Column("acronym", r -> r.p().details().acronym()),
            new Column("status", r -> r.p().status()),
            new Column("programme", r -> r.p().details().programme()),
            new Column("callIdentifier", r -> r.p().details().callIdentifier()),
            new Column("leadUnitType", r -> r.p().details().leadUnit() == null ? null : r.p().details().leadUnit().type()),
            new Column("leadUnitName", r -> r.p().details().leadUnit() == null ? null : r.p().details().leadUnit().name()),
            new Column("primaryPriorityArea", r -> r.p().details().primaryPriorityArea()),
            new Column("startDate", r -> r.p().details().startDate()),
            new Column("endDate", r -> r.p().details().endDate()),
            new Column("currency", r -> r.p().details().budget().currency()),
            new Column("totalBudget", r -> r.p().details().budget().total()),
            new Column("externalGrant", r -> r.p().details().budget().externalGrant()),
            new Column("ownContribution", r -> r.p().details().budget().ownContribution()),
            new Column("coFinancingRate", r -> r.p().details().budget().coFinancingRate()),
            new Column("grantedAmount", r -> r.p().grantedAmount()),
            new Column("grantDecisionDate", r -> r.p().grantDecisionDate()),
            new Column("totalBudgetSek", r -> r.sek() == null ? null : r.sek().total()),
            new Column("grantedAmountSek", r -> r.sek() == null ? null : r.sek().grantedAmount()),
            new Column("eurToSekRate", r -> r.sek() == null ? null : r.sek().eurToSek()),
            new Column("rateMonth", r -> r.sek() == null ? null : r.sek().rateMonth()),
            new Column("partnerCountries", r -> String.join(" ", r.p().details().partners().stream()
                    .map(Partner::countryCode).distinct().toList())),
            new Column("benefitForGothenburg", r -> r.p().details().benefitForGothenburg()));

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "The filtered list as CSV (UTF-8, comma-separated, header row); same filters as the list")
    ResponseEntity<byte[]> csv(@ParameterObject @Valid ProjectQuery query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(COLUMNS.stream().map(Column::header).toArray(String[]::new)).get())) {
            for (Row3 row : rows(query)) {
                for (Column c : COLUMNS) {
                    printer.print(safe(c.value().apply(row)));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file(out.toByteArray(), new MediaType("text", "csv", StandardCharsets.UTF_8), "projects.csv");
    }

    @GetMapping(value = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The filtered list as an Excel workbook; same filters as the list")
    ResponseEntity<byte[]> xlsx(@ParameterObject @Valid ProjectQuery query) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Projects");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i).header());
            }
            int r = 1;
            for (Row3 row : rows(query)) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Object v = COLUMNS.get(i).value().apply(row);
                    if (v instanceof BigDecimal n) {
                        line.createCell(i).setCellValue(n.doubleValue()); // Excel cells hold doubles; the CSV keeps exact text
                    } else if (v != null) {
                        line.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return file(out.toByteArray(), XLSX, "projects.xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Row3> rows(ProjectQuery query) {
        return projects.listAll(query.toFilter(), MAX_ROWS).stream()
                .map(p -> new Row3(p, ProjectResponse.sek(p, ProjectResponse.rate(p, rates))))
                .toList();
    }

    /** Text starting with = + - @ would run as a formula when the CSV is opened in a spreadsheet. */
    static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!(value instanceof BigDecimal) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
