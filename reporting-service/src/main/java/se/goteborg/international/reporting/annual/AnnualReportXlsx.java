package se.goteborg.international.reporting.annual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import se.goteborg.international.reporting.funding.FundingReport;

/** The annual report as XLSX (Apache POI): one sheet per section, numbers as numbers. */
@Component
public class AnnualReportXlsx {

    public static final List<String> SHEETS = List.of("Översikt", "EU-finansiering", "Indikatorer",
            "Omvärldsbevakning", "Aktiviteter", "Riktlinjekontroll");

    public byte[] render(AnnualReport r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet s = wb.createSheet(SHEETS.get(0));
            int row = 0;
            row = line(s, row, bold, r.title());
            row = line(s, row, null, "Till och med händelse", String.valueOf(r.asOf().lastEventId()),
                    String.valueOf(r.asOf().lastEventTime()));
            row = counts(s, row + 1, bold, "Partnerskap per typ", r.overview().partnerships().byKind());
            row = counts(s, row + 1, bold, "Partnerskap per status", r.overview().partnerships().byStatus());
            row = counts(s, row + 1, bold, "Medlemskap per status", r.overview().memberships().by());
            row = counts(s, row + 1, bold, "Projekt per status", r.overview().projects().by());
            counts(s, row + 1, bold, "Larm per orsak", r.overview().openAlerts().by());

            s = wb.createSheet(SHEETS.get(1));
            row = line(s, 0, bold, "År", "Program", "Enhet", "Prioriterat område", "Ansökningar", "Beviljade",
                    "Sökt (SEK)", "Beviljat (SEK)", "Egen insats (SEK)");
            FundingReport f = r.funding();
            for (FundingReport.Row x : f.rows()) {
                Row xr = s.createRow(row++);
                xr.createCell(0).setCellValue(x.year());
                xr.createCell(1).setCellValue(x.programme());
                xr.createCell(2).setCellValue(x.unit());
                xr.createCell(3).setCellValue(x.priorityArea());
                xr.createCell(4).setCellValue(x.projectsApplied());
                xr.createCell(5).setCellValue(x.projectsGranted());
                number(xr, 6, x.appliedSek());
                number(xr, 7, x.grantedSek());
                number(xr, 8, x.ownContributionSek());
            }
            for (FundingReport.YearTotal t : f.totals()) {
                Row xr = s.createRow(row++);
                xr.createCell(0).setCellValue("Summa " + t.year());
                xr.getCell(0).setCellStyle(bold);
                xr.createCell(4).setCellValue(t.projectsApplied());
                xr.createCell(5).setCellValue(t.projectsGranted());
                number(xr, 6, t.appliedSek());
                number(xr, 7, t.grantedSek());
                number(xr, 8, t.ownContributionSek());
            }
            row++;
            row = line(s, row, bold, "Valuta", "År", "Kurs (SEK)", "Källa");
            for (FundingReport.Rate rate : f.ratesUsed()) {
                Row xr = s.createRow(row++);
                xr.createCell(0).setCellValue(rate.currency());
                xr.createCell(1).setCellValue(rate.year());
                number(xr, 2, rate.sek());
                xr.createCell(3).setCellValue(rate.source());
            }

            s = wb.createSheet(SHEETS.get(2));
            row = line(s, 0, bold, "Indikator", "Namn", "Enhet", "Projekt", "Mål", "Utfall", "% av mål");
            for (var i : r.indicators().indicators()) {
                Row xr = s.createRow(row++);
                xr.createCell(0).setCellValue(i.code());
                xr.createCell(1).setCellValue(i.name());
                xr.createCell(2).setCellValue(i.unit());
                xr.createCell(3).setCellValue(i.projects());
                number(xr, 4, i.target());
                number(xr, 5, i.actual());
                number(xr, 6, i.percentOfTarget());
            }

            s = wb.createSheet(SHEETS.get(3));
            var l = r.legislation();
            row = counts(s, 0, bold, "Rättsakter per skede", l.pipeline().by());
            row = line(s, row + 1, bold, "Enhet", "Hög", "Medel", "Låg", "Ingen");
            for (var e : l.assessmentsPerUnit().entrySet()) {
                Row xr = s.createRow(row++);
                xr.createCell(0).setCellValue(e.getKey());
                int c = 1;
                for (String rel : List.of("HIGH", "MEDIUM", "LOW", "NONE")) {
                    xr.createCell(c++).setCellValue(e.getValue().getOrDefault(rel, 0L));
                }
            }
            row = line(s, row + 1, bold, "Försenade åtgärder", String.valueOf(l.overdueActions().size()));
            line(s, row, bold, "Besvarade samråd " + r.year(),
                    String.valueOf(l.consultationsAnswered().getOrDefault(r.year(), 0L)));

            s = wb.createSheet(SHEETS.get(4));
            row = line(s, 0, bold, "Stad", "Typ", "Status", "Ansvarig enhet", "Aktiviteter", "Senaste aktivitet",
                    "Ingen aktivitet på 12 månader");
            var quiet = r.activity().noActivityIn12Months();
            for (var a : r.activity().perPartnership()) {
                Row xr = s.createRow(row++);
                xr.createCell(0).setCellValue(a.cityName());
                xr.createCell(1).setCellValue(a.kind());
                xr.createCell(2).setCellValue(a.status());
                xr.createCell(3).setCellValue(a.responsibleUnit());
                xr.createCell(4).setCellValue(a.activities());
                xr.createCell(5).setCellValue(a.lastActivity() == null ? "" : a.lastActivity().toString());
                xr.createCell(6).setCellValue(quiet.contains(a) ? "Ja" : "Nej");
            }

            s = wb.createSheet(SHEETS.get(5));
            row = line(s, 0, bold, "Regel", "Beskrivning", "Objekttyp", "Objekt", "Ansvarig enhet", "Sedan", "Detalj");
            for (var b : r.guidelines().breaches()) {
                line(s, row++, null, b.rule().swedish(), b.ruleDescription(), b.itemType(), b.itemName(),
                        b.responsibleUnit(), String.valueOf(b.since()), b.detail());
            }
            line(s, row, bold, "Avvikelser totalt", String.valueOf(r.guidelines().total()));

            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                wb.getSheetAt(i).setColumnWidth(0, 40 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int col, BigDecimal value) {
        if (value != null) {
            row.createCell(col).setCellValue(value.doubleValue()); // a spreadsheet cell holds a double
        }
    }

    private static int counts(Sheet s, int row, CellStyle bold, String heading, Map<String, Long> counts) {
        row = line(s, row, bold, heading, "Antal");
        for (var e : counts.entrySet()) {
            Row xr = s.createRow(row++);
            xr.createCell(0).setCellValue(e.getKey());
            xr.createCell(1).setCellValue(e.getValue());
        }
        return row;
    }

    private static int line(Sheet s, int row, CellStyle style, String... values) {
        Row xr = s.createRow(row);
        for (int i = 0; i < values.length; i++) {
            xr.createCell(i).setCellValue(values[i]);
            if (style != null) {
                xr.getCell(i).setCellStyle(style);
            }
        }
        return row + 1;
    }
}
