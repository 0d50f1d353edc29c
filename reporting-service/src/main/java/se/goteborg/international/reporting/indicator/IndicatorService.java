package se.goteborg.international.reporting.indicator;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.reporting.readmodel.Generations;
import se.goteborg.international.reporting.readmodel.ReadModelProgress;
import se.goteborg.international.reporting.readmodel.ReadModelProgress.AsOf;
import se.goteborg.international.reporting.report.ReportFilter;

/** Indicator results against targets, summed per indicator over the projects that report it. */
@Service
public class IndicatorService {

    private final JdbcClient jdbc;
    private final Generations generations;
    private final ReadModelProgress progress;

    IndicatorService(JdbcClient jdbc, Generations generations, ReadModelProgress progress) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.progress = progress;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public IndicatorReport indicators(ReportFilter f) {
        int gen = generations.active();
        List<IndicatorResult> rows = jdbc.sql("""
                select i.code, min(i.name) as name, min(i.unit) as unit, count(distinct i.project_id) as projects,
                       coalesce(sum(i.target), 0) as target, coalesce(sum(i.latest_actual), 0) as actual,
                       case when sum(i.target) > 0 then round(100 * coalesce(sum(i.latest_actual), 0) / sum(i.target), 1) end as pct
                  from project_indicator i
                  join project_view p on p.gen = i.gen and p.project_id = i.project_id
                 where i.gen = :gen
                   and (cast(:unit as text) is null or p.lead_unit = :unit)
                   and (cast(:area as text) is null or p.priority_area = :area or :area = any(p.other_priority_areas))
                   and (cast(:yearEnd as date) is null or ((p.start_date is null or p.start_date <= :yearEnd)
                        and (p.end_date is null or p.end_date >= :yearStart)))
                 group by i.code order by i.code""")
                .param("gen", gen).param("unit", f.unit()).param("area", f.area())
                .param("yearStart", f.yearStart()).param("yearEnd", f.yearEnd())
                .query((rs, n) -> new IndicatorResult(rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                        rs.getLong("projects"), rs.getBigDecimal("target"), rs.getBigDecimal("actual"),
                        rs.getBigDecimal("pct")))
                .list();
        return new IndicatorReport(rows, progress.asOf(gen));
    }

    /**
     * @param indicators one row per indicator code
     * @param asOf       how current the figures are
     */
    public record IndicatorReport(List<IndicatorResult> indicators, AsOf asOf) {
    }

    /**
     * @param code             indicator code
     * @param name             plain name
     * @param unit             unit of measure
     * @param projects         projects reporting it
     * @param target           sum of the targets
     * @param actual           sum of the latest actuals
     * @param percentOfTarget  actual as a percentage of target; null when there is no target
     */
    public record IndicatorResult(@Schema(example = "RCO87") String code,
                                  @Schema(example = "Organisations cooperating across borders") String name,
                                  @Schema(example = "organisations") String unit, @Schema(example = "3") long projects,
                                  @Schema(example = "40") BigDecimal target, @Schema(example = "25") BigDecimal actual,
                                  @Schema(example = "62.5") BigDecimal percentOfTarget) {
    }
}
