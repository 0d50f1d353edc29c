package se.goteborg.international.reporting.annual;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;

import se.goteborg.international.reporting.funding.FundingReport;
import se.goteborg.international.reporting.guideline.GuidelineCheck.Breach;
import se.goteborg.international.reporting.indicator.IndicatorService.IndicatorResult;

/** The annual report as PDF (OpenPDF), with charts drawn by JFreeChart on the server. */
@Component
public class AnnualReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font HEADER_CELL = new Font(Font.HELVETICA, 9, Font.BOLD);

    public byte[] render(AnnualReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(r.title());
        doc.open();
        doc.add(new Paragraph(r.title(), TITLE));
        doc.add(new Paragraph("Underlaget omfattar händelser till och med " + r.asOf().lastEventTime()
                + " (händelse " + r.asOf().lastEventId() + ", " + r.asOf().eventsApplied() + " händelser).", BODY));

        heading(doc, "1. Översikt");
        var o = r.overview();
        doc.add(table(List.of("Partnerskap per typ", "Antal"), rows(o.partnerships().byKind())));
        doc.add(table(List.of("Partnerskap per status", "Antal"), rows(o.partnerships().byStatus())));
        doc.add(table(List.of("Medlemskap per status", "Antal"), rows(o.memberships().by())));
        doc.add(table(List.of("Projekt per status", "Antal"), rows(o.projects().by())));
        doc.add(new Paragraph("Larm under året: " + o.openAlerts().total(), BODY));

        heading(doc, "2. EU-finansiering");
        FundingReport f = r.funding();
        doc.add(table(List.of("År", "Program", "Enhet", "Prioriterat område", "Sökt (SEK)", "Beviljat (SEK)",
                "Egen insats (SEK)"), f.rows().stream().map(x -> List.of(String.valueOf(x.year()), x.programme(),
                nz(x.unit()), nz(x.priorityArea()), Numbers.sek(x.appliedSek()), Numbers.sek(x.grantedSek()),
                Numbers.sek(x.ownContributionSek()))).toList()));
        for (FundingReport.YearTotal t : f.totals()) {
            doc.add(new Paragraph("Summa " + t.year() + ": sökt " + Numbers.sek(t.appliedSek()) + " SEK, beviljat "
                    + Numbers.sek(t.grantedSek()) + " SEK, egen insats " + Numbers.sek(t.ownContributionSek())
                    + " SEK", BODY));
        }
        for (FundingReport.Rate rate : f.ratesUsed()) {
            doc.add(new Paragraph("Växelkurs " + rate.currency() + " " + rate.year() + ": " + Numbers.plain(rate.sek())
                    + " SEK (" + rate.source() + ")", BODY));
        }
        DefaultCategoryDataset granted = new DefaultCategoryDataset();
        f.rows().forEach(x -> granted.addValue(x.grantedSek().add(value(granted, x.programme())), "Beviljat (SEK)",
                x.programme()));
        chart(doc, ChartFactory.createBarChart("Beviljat per program", "Program", "SEK", granted,
                PlotOrientation.VERTICAL, false, false, false));

        heading(doc, "3. Indikatorer");
        List<IndicatorResult> ind = r.indicators().indicators();
        doc.add(table(List.of("Indikator", "Namn", "Projekt", "Mål", "Utfall", "% av mål"), ind.stream()
                .map(i -> List.of(i.code(), nz(i.name()), String.valueOf(i.projects()), Numbers.plain(i.target()),
                        Numbers.plain(i.actual()), Numbers.plain(i.percentOfTarget()))).toList()));
        DefaultCategoryDataset indicators = new DefaultCategoryDataset();
        ind.forEach(i -> {
            indicators.addValue(i.target(), "Mål", i.code());
            indicators.addValue(i.actual(), "Utfall", i.code());
        });
        chart(doc, ChartFactory.createBarChart("Indikatorer: utfall mot mål", "Indikator", "Värde", indicators,
                PlotOrientation.VERTICAL, true, false, false));

        heading(doc, "4. Omvärldsbevakning");
        var l = r.legislation();
        doc.add(table(List.of("Rättsakter per skede", "Antal"), rows(l.pipeline().by())));
        DefaultCategoryDataset stages = new DefaultCategoryDataset();
        l.pipeline().by().forEach((k, v) -> stages.addValue(v, "Antal", k));
        chart(doc, ChartFactory.createBarChart("Lagstiftningsprocessen", "Skede", "Antal", stages,
                PlotOrientation.HORIZONTAL, false, false, false));
        doc.add(table(List.of("Enhet", "Hög", "Medel", "Låg", "Ingen"), l.assessmentsPerUnit().entrySet().stream()
                .map(e -> List.of(e.getKey(), n(e.getValue(), "HIGH"), n(e.getValue(), "MEDIUM"), n(e.getValue(), "LOW"),
                        n(e.getValue(), "NONE"))).toList()));
        doc.add(new Paragraph("Försenade åtgärder: " + l.overdueActions().size(), BODY));
        doc.add(new Paragraph("Besvarade samråd " + r.year() + ": " + l.consultationsAnswered().getOrDefault(r.year(), 0L),
                BODY));

        heading(doc, "5. Aktiviteter i partnerskap");
        doc.add(table(List.of("Stad", "Typ", "Status", "Aktiviteter", "Senaste"), r.activity().perPartnership().stream()
                .map(a -> List.of(a.cityName(), a.kind(), a.status(), String.valueOf(a.activities()),
                        a.lastActivity() == null ? "–" : a.lastActivity().toString())).toList()));
        doc.add(new Paragraph("Aktiva partnerskap utan aktivitet på 12 månader: "
                + r.activity().noActivityIn12Months().size(), BODY));

        heading(doc, "6. Riktlinjekontroll");
        doc.add(new Paragraph("Avvikelser: " + r.guidelines().total(), BODY));
        doc.add(table(List.of("Regel", "Objekt", "Ansvarig enhet", "Sedan"), r.guidelines().breaches().stream()
                .map((Breach b) -> List.of(b.rule().swedish(), nz(b.itemName()), nz(b.responsibleUnit()),
                        String.valueOf(b.since()))).toList()));
        doc.close();
        return out.toByteArray();
    }

    private static BigDecimal value(DefaultCategoryDataset d, String column) {
        try {
            Number n = d.getValue("Beviljat (SEK)", column);
            return n == null ? BigDecimal.ZERO : new BigDecimal(n.toString());
        } catch (org.jfree.data.UnknownKeyException e) {
            return BigDecimal.ZERO;
        }
    }

    private static String n(Map<String, Long> m, String key) {
        return String.valueOf(m.getOrDefault(key, 0L));
    }

    private static String nz(String s) {
        return s == null ? "–" : s;
    }

    private static List<List<String>> rows(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> List.of(e.getKey(), String.valueOf(e.getValue()))).toList();
    }

    private static void heading(Document doc, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        doc.add(p);
    }

    private static PdfPTable table(List<String> headers, List<List<String>> rows) {
        PdfPTable t = new PdfPTable(headers.size());
        t.setWidthPercentage(100);
        t.setSpacingAfter(6);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, HEADER_CELL));
            c.setBackgroundColor(new Color(230, 236, 242));
            t.addCell(c);
        }
        for (List<String> row : rows) {
            for (String v : row) {
                PdfPCell c = new PdfPCell(new Phrase(v, BODY));
                if (v != null && v.matches("[–\\d ,.%-]+")) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                t.addCell(c);
            }
        }
        if (rows.isEmpty()) {
            PdfPCell c = new PdfPCell(new Phrase("Inga uppgifter", BODY));
            c.setColspan(headers.size());
            t.addCell(c);
        }
        return t;
    }

    private static void chart(Document doc, JFreeChart chart) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(png, chart, 800, 400);
            Image image = Image.getInstance(png.toByteArray());
            image.scaleToFit(500, 250);
            doc.add(image);
            doc.add(Chunk.NEWLINE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
