package se.goteborg.international.reporting.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.reporting.funding.FundingReport.Rate;
import se.goteborg.international.reporting.funding.FundingReport.Row;
import se.goteborg.international.reporting.funding.FundingReport.YearTotal;
import se.goteborg.international.reporting.readmodel.Generations;
import se.goteborg.international.reporting.readmodel.ReadModelProgress;
import se.goteborg.international.reporting.report.ReportFilter;

/**
 * EU funding in SEK, grouped in SQL. An amount is converted at its currency's rate for the amount's
 * year (or the latest earlier year that has one); SEK amounts are taken as they are.
 */
@Service
public class FundingService {

    /** Each amount of EU-funded projects with the year it belongs to: applied-for by submission, granted by decision. */
    private static final String AMOUNTS = """
            with p as (
                select * from project_view
                 where gen = :gen and eu_funded
                   and (cast(:unit as text) is null or lead_unit = :unit)
                   and (cast(:area as text) is null or priority_area = :area or :area = any(other_priority_areas))
            ), amounts as (
                select cast(extract(year from coalesce(submitted_on, start_date)) as int) as year, programme,
                       lead_unit, priority_area, currency, external_grant as applied, cast(null as numeric) as granted,
                       cast(null as numeric) as own, 1 as applied_n, 0 as granted_n
                  from p
                 where (status not in ('IDEA', 'WITHDRAWN') or submitted_on is not null)
                   and coalesce(submitted_on, start_date) is not null
                union all
                select cast(extract(year from grant_decision_date) as int), programme, lead_unit, priority_area, currency,
                       null, granted_amount, own_contribution, 0, 1
                  from p where grant_decision_date is not null and granted_amount is not null
            ), converted as (
                select a.*, case when a.currency = 'SEK' then 1 else r.sek end as rate, r.year as rate_year, r.source
                  from amounts a
                  left join lateral (select x.sek, x.year, x.source from exchange_rate x
                                      where x.currency = a.currency and x.year <= a.year
                                      order by x.year desc limit 1) r on true
                 where cast(:year as int) is null or a.year = :year
            )
            """;

    private final JdbcClient jdbc;
    private final Generations generations;
    private final ReadModelProgress progress;

    FundingService(JdbcClient jdbc, Generations generations, ReadModelProgress progress) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.progress = progress;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public FundingReport funding(ReportFilter f) {
        int gen = generations.active();
        List<Row> rows = jdbc.sql(AMOUNTS + """
                select year, programme, lead_unit, priority_area, sum(applied_n) as applied_n, sum(granted_n) as granted_n,
                       coalesce(round(sum(applied * rate), 2), 0) as applied_sek,
                       coalesce(round(sum(granted * rate), 2), 0) as granted_sek,
                       coalesce(round(sum(own * rate), 2), 0) as own_sek
                  from converted
                 group by year, programme, lead_unit, priority_area
                 order by year, programme, lead_unit nulls last, priority_area nulls last""")
                .params(params(gen, f))
                .query((rs, n) -> new Row(rs.getInt("year"), rs.getString("programme"), rs.getString("lead_unit"),
                        rs.getString("priority_area"), rs.getLong("applied_n"), rs.getLong("granted_n"),
                        rs.getBigDecimal("applied_sek"), rs.getBigDecimal("granted_sek"), rs.getBigDecimal("own_sek")))
                .list();
        List<Rate> rates = jdbc.sql(AMOUNTS + """
                select distinct currency, rate_year, rate, source from converted
                 where currency <> 'SEK' and rate is not null order by currency, rate_year""")
                .params(params(gen, f))
                .query((rs, n) -> new Rate(rs.getString("currency"), rs.getInt("rate_year"), rs.getBigDecimal("rate"),
                        rs.getString("source")))
                .list();
        List<String> missing = jdbc.sql(AMOUNTS + """
                select distinct currency || ' ' || year as m from converted where rate is null order by m""")
                .params(params(gen, f)).query(String.class).list();
        return new FundingReport(rows, totals(rows), rates, missing, progress.asOf(gen));
    }

    private static Map<String, Object> params(int gen, ReportFilter f) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("gen", gen);
        p.put("unit", f.unit());
        p.put("area", f.area());
        p.put("year", f.year());
        return p;
    }

    /** Sums the (few) grouped rows per year. */
    private static List<YearTotal> totals(List<Row> rows) {
        Map<Integer, YearTotal> byYear = new TreeMap<>();
        for (Row r : rows) {
            byYear.merge(r.year(), new YearTotal(r.year(), r.projectsApplied(), r.projectsGranted(), r.appliedSek(),
                    r.grantedSek(), r.ownContributionSek()), (a, b) -> new YearTotal(a.year(),
                    a.projectsApplied() + b.projectsApplied(), a.projectsGranted() + b.projectsGranted(),
                    a.appliedSek().add(b.appliedSek()), a.grantedSek().add(b.grantedSek()),
                    a.ownContributionSek().add(b.ownContributionSek())));
        }
        return new ArrayList<>(byYear.values());
    }
}
