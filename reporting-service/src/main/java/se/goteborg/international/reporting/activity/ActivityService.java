package se.goteborg.international.reporting.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.reporting.readmodel.Generations;
import se.goteborg.international.reporting.readmodel.ReadModelProgress;
import se.goteborg.international.reporting.readmodel.ReadModelProgress.AsOf;
import se.goteborg.international.reporting.report.ReportFilter;

/** Activities per partnership (in the year, when one is given) and active partnerships quiet for 12 months. */
@Service
public class ActivityService {

    private final JdbcClient jdbc;
    private final Generations generations;
    private final ReadModelProgress progress;
    private final Clock clock;

    ActivityService(JdbcClient jdbc, Generations generations, ReadModelProgress progress, Clock clock) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.progress = progress;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ActivityReport activity(ReportFilter f) {
        int gen = generations.active();
        LocalDate today = LocalDate.now(clock);
        List<PartnershipActivity> rows = jdbc.sql("""
                select p.partnership_id, p.city_name, p.kind, p.status, p.responsible_unit,
                       count(a.activity_id) filter (where cast(:year as int) is null or extract(year from a.start_date) = :year) as activities,
                       max(a.start_date) as last_activity
                  from partnership_view p
                  left join partnership_activity a on a.gen = p.gen and a.partnership_id = p.partnership_id
                 where p.gen = :gen
                   and (cast(:unit as text) is null or p.responsible_unit = :unit)
                   and (cast(:area as text) is null or :area = any(p.priority_areas))
                 group by p.partnership_id, p.city_name, p.kind, p.status, p.responsible_unit
                 order by p.city_name, p.partnership_id""")
                .param("gen", gen).param("year", f.year()).param("unit", f.unit()).param("area", f.area())
                .query((rs, n) -> new PartnershipActivity(rs.getObject("partnership_id", UUID.class),
                        rs.getString("city_name"), rs.getString("kind"), rs.getString("status"),
                        rs.getString("responsible_unit"), rs.getLong("activities"),
                        rs.getObject("last_activity", LocalDate.class)))
                .list();
        LocalDate cutoff = today.minusMonths(12);
        List<PartnershipActivity> quiet = rows.stream()
                .filter(r -> "ACTIVE".equals(r.status()) && (r.lastActivity() == null || r.lastActivity().isBefore(cutoff)))
                .toList();
        return new ActivityReport(rows, quiet, progress.asOf(gen));
    }

    /**
     * @param perPartnership      every partnership with its activities (counted in the year, when given)
     * @param noActivityIn12Months active partnerships with no activity in the last 12 months
     * @param asOf                how current the figures are
     */
    public record ActivityReport(List<PartnershipActivity> perPartnership,
                                 List<PartnershipActivity> noActivityIn12Months, AsOf asOf) {
    }

    public record PartnershipActivity(UUID partnershipId, @Schema(example = "Bergen") String cityName,
                                      @Schema(example = "TWIN_CITY") String kind,
                                      @Schema(example = "ACTIVE") String status,
                                      @Schema(example = "Stadsledningskontoret") String responsibleUnit,
                                      @Schema(example = "4") long activities,
                                      @Schema(example = "2025-05-14") LocalDate lastActivity) {
    }
}
