package se.goteborg.international.project.exchangerate;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.service.cache.ReferenceDataCache;
import se.goteborg.international.service.problem.ApiException;

/** The stored monthly EUR→SEK rates used to show project money in SEK. */
@Service
public class ExchangeRates {

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Month asked for → the rate that applies (or none): every response showing EUR amounts needs one. */
    private final ReferenceDataCache<YearMonth, Optional<ExchangeRate>> applicable =
            new ReferenceDataCache<>(Duration.ofSeconds(30), 10_000);

    ExchangeRates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Loads rates from CSV with a header {@code month,eurToSek} (e.g. {@code 2025-01,11.4915}); a month
     * already stored is replaced. All rows or none: the first bad row refuses the whole file.
     */
    @Transactional
    public List<ExchangeRate> load(String csv, String source) {
        if (source == null || source.isBlank() || source.length() > 200) {
            throw ApiException.ruleViolated("source-required", "source",
                    "say where the rates come from (at most 200 characters), e.g. 'European Commission InforEuro'");
        }
        List<ExchangeRate> rates = parse(csv, source.strip());
        applicable.clearAfterCommit();
        for (ExchangeRate rate : rates) {
            jdbc.sql("""
                    insert into exchange_rate (month, eur_to_sek, source, loaded_at) values (:month, :rate, :source, :now)
                    on conflict (month) do update set eur_to_sek = excluded.eur_to_sek, source = excluded.source,
                        loaded_at = excluded.loaded_at""")
                    .param("month", rate.month().atDay(1)).param("rate", rate.eurToSek())
                    .param("source", rate.source()).param("now", Timestamp.from(clock.instant())).update();
        }
        return rates;
    }

    static List<ExchangeRate> parse(String csv, String source) {
        if (csv == null || csv.isBlank()) {
            throw ApiException.ruleViolated("empty-csv", "body", "the CSV is empty; expected a header month,eurToSek");
        }
        List<ExchangeRate> rates = new ArrayList<>();
        try (Reader reader = new StringReader(csv)) {
            var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get();
            var parser = format.parse(reader);
            if (!parser.getHeaderNames().containsAll(List.of("month", "eurToSek"))) {
                throw ApiException.ruleViolated("bad-csv-header", "body",
                        "the CSV header must name the columns month and eurToSek");
            }
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                if (!row.isConsistent()) {
                    throw ApiException.ruleViolated("bad-csv-row", "body", "line " + line + " has the wrong number of columns");
                }
                YearMonth month;
                BigDecimal rate;
                try {
                    month = YearMonth.parse(row.get("month"));
                } catch (DateTimeParseException e) {
                    throw ApiException.ruleViolated("bad-csv-row", "month", "line " + line + ": '" + row.get("month")
                            + "' is not a month (YYYY-MM)");
                }
                try {
                    rate = new BigDecimal(row.get("eurToSek"));
                } catch (NumberFormatException e) {
                    throw ApiException.ruleViolated("bad-csv-row", "eurToSek", "line " + line + ": '"
                            + row.get("eurToSek") + "' is not a number");
                }
                if (rate.signum() <= 0 || rate.compareTo(BigDecimal.valueOf(1000)) >= 0 || rate.scale() > 6) {
                    throw ApiException.ruleViolated("bad-csv-row", "eurToSek", "line " + line
                            + ": a rate is positive, below 1000 and has at most 6 decimals");
                }
                rates.add(new ExchangeRate(month, rate, source));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.ruleViolated("bad-csv", "body", "the CSV could not be read: " + e.getMessage());
        }
        if (rates.isEmpty()) {
            throw ApiException.ruleViolated("empty-csv", "body", "the CSV holds no rates");
        }
        return rates;
    }

    @Transactional(readOnly = true)
    public List<ExchangeRate> all() {
        return jdbc.sql("select * from exchange_rate order by month").query((rs, n) -> new ExchangeRate(
                YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getBigDecimal("eur_to_sek"),
                rs.getString("source"))).list();
    }

    /**
     * The rate of the month of {@code date}, or else the latest month before it. Remembered until rates
     * are loaded here, or for at most 30 s when another instance loads them.
     */
    public Optional<ExchangeRate> rateFor(LocalDate date) {
        return applicable.get(YearMonth.from(date), month -> jdbc.sql(
                        "select * from exchange_rate where month <= :month order by month desc limit 1")
                .param("month", month.atDay(1))
                .query((rs, n) -> new ExchangeRate(YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getBigDecimal("eur_to_sek"), rs.getString("source"))).optional());
    }
}
