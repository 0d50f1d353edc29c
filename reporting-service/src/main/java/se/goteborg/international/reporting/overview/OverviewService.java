package se.goteborg.international.reporting.overview;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.reporting.overview.Overview.PartnershipCounts;
import se.goteborg.international.reporting.partnership.PartnershipKind;
import se.goteborg.international.reporting.readmodel.Generations;
import se.goteborg.international.reporting.readmodel.ReadModelProgress;
import se.goteborg.international.reporting.report.Counts;
import se.goteborg.international.reporting.report.Queries;
import se.goteborg.international.reporting.report.ReportFilter;

/** Grouped counts over the active generation. A year keeps what was in force some time during that year. */
@Service
public class OverviewService {

    static final List<String> PARTNERSHIP_STATUSES = List.of("PROPOSED", "ACTIVE", "DORMANT", "ENDED");
    static final List<String> MEMBERSHIP_STATUSES = List.of("PROPOSED", "ACTIVE", "ENDED");
    static final List<String> PROJECT_STATUSES = List.of("IDEA", "APPLICATION_SUBMITTED", "GRANTED", "REJECTED",
            "ONGOING", "COMPLETED", "WITHDRAWN");

    private final JdbcClient jdbc;
    private final Generations generations;
    private final ReadModelProgress progress;

    OverviewService(JdbcClient jdbc, Generations generations, ReadModelProgress progress) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.progress = progress;
    }

    /** One snapshot for all queries, so the counts and "as of" describe the same moment. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Overview overview(ReportFilter f, PartnershipKind kind) {
        int gen = generations.active();
        String partnershipWhere = """
                from partnership_view where gen = :gen
                 and (cast(:kind as text) is null or kind = :kind)
                 and (cast(:unit as text) is null or responsible_unit = :unit)
                 and (cast(:area as text) is null or :area = any(priority_areas))
                 and (cast(:yearEnd as date) is null or (cast(first_seen at time zone 'Europe/Stockholm' as date) <= :yearEnd
                      and (ended_on is null or ended_on >= :yearStart)))""";
        Counts byKind = Queries.counts(jdbc.sql("select kind as k, count(*) as n " + partnershipWhere + " group by kind")
                .param("gen", gen).param("kind", kind == null ? null : kind.name()).param("unit", f.unit())
                .param("area", f.area()).param("yearStart", f.yearStart()).param("yearEnd", f.yearEnd()),
                Arrays.stream(PartnershipKind.values()).map(Enum::name).toList());
        Counts byStatus = Queries.counts(jdbc.sql("select status as k, count(*) as n " + partnershipWhere + " group by status")
                .param("gen", gen).param("kind", kind == null ? null : kind.name()).param("unit", f.unit())
                .param("area", f.area()).param("yearStart", f.yearStart()).param("yearEnd", f.yearEnd()),
                PARTNERSHIP_STATUSES);
        Counts memberships = Queries.counts(jdbc.sql("""
                select status as k, count(*) as n from membership_view where gen = :gen
                 and (cast(:unit as text) is null or responsible_unit = :unit)
                 and (cast(:yearEnd as date) is null or (cast(first_seen at time zone 'Europe/Stockholm' as date) <= :yearEnd
                      and (ended_on is null or ended_on >= :yearStart)))
                group by status""")
                .param("gen", gen).param("unit", f.unit()).param("yearStart", f.yearStart()).param("yearEnd", f.yearEnd()),
                MEMBERSHIP_STATUSES);
        Counts projects = Queries.counts(jdbc.sql("""
                select status as k, count(*) as n from project_view where gen = :gen
                 and (cast(:unit as text) is null or lead_unit = :unit)
                 and (cast(:area as text) is null or priority_area = :area or :area = any(other_priority_areas))
                 and (cast(:yearEnd as date) is null or ((start_date is null or start_date <= :yearEnd)
                      and (end_date is null or end_date >= :yearStart)))
                group by status""")
                .param("gen", gen).param("unit", f.unit()).param("area", f.area())
                .param("yearStart", f.yearStart()).param("yearEnd", f.yearEnd()),
                PROJECT_STATUSES);
        Counts alerts = Queries.counts(jdbc.sql("""
                select reason as k, count(*) as n from alert_view where gen = :gen
                 and (cast(:unit as text) is null or unit = :unit)
                 and (cast(:area as text) is null or :area = 'EXTERNAL_MONITORING')
                 and (cast(:year as int) is null or extract(year from raised_at at time zone 'Europe/Stockholm') = :year)
                group by reason""")
                .param("gen", gen).param("unit", f.unit()).param("area", f.area()).param("year", f.year()),
                List.of());
        // each project once per distinct area it serves; one with none counts under a null area
        List<Overview.UnitAreaCount> byUnitAndArea = jdbc.sql("""
                select p.lead_unit as unit, a.area, count(*) as n
                  from project_view p
                  cross join lateral (select distinct x as area from unnest(
                        case when p.priority_area is null and cardinality(p.other_priority_areas) = 0 then array[null::text]
                             else array_remove(array[p.priority_area] || p.other_priority_areas, null) end) as x) a
                 where p.gen = :gen
                   and (cast(:unit as text) is null or p.lead_unit = :unit)
                   and (cast(:area as text) is null or a.area = :area)
                   and (cast(:yearEnd as date) is null or ((p.start_date is null or p.start_date <= :yearEnd)
                        and (p.end_date is null or p.end_date >= :yearStart)))
                 group by p.lead_unit, a.area
                 order by p.lead_unit nulls last, a.area nulls last""")
                .param("gen", gen).param("unit", f.unit()).param("area", f.area())
                .param("yearStart", f.yearStart()).param("yearEnd", f.yearEnd())
                .query((rs, row) -> new Overview.UnitAreaCount(rs.getString("unit"), rs.getString("area"), rs.getLong("n")))
                .list();
        return new Overview(new PartnershipCounts(byKind.total(), byKind.by(), byStatus.by()), memberships, projects,
                alerts, byUnitAndArea, progress.asOf(gen));
    }
}
