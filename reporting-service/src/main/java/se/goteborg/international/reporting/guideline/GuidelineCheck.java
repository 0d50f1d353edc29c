package se.goteborg.international.reporting.guideline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Every breach of the policy's rules, found by one indexed SQL query per rule over the active
 * generation. "Since" is when the breach began as far as the events tell.
 */
@Service
public class GuidelineCheck {

    static final int RENEWAL_WINDOW_DAYS = 90;

    /** Each rule as a select of (rule, item_type, item_id, item_name, unit, since, detail). */
    private static final String BREACHES = """
            select 'TWIN_CITY_WITHOUT_KF_DECISION' as rule, 'PARTNERSHIP' as item_type, partnership_id as item_id,
                   city_name as item_name, responsible_unit as unit,
                   cast(status_since at time zone 'Europe/Stockholm' as date) as since, status as detail,
                   priority_areas as areas
              from partnership_view
             where gen = :gen and kind = 'TWIN_CITY' and status in ('ACTIVE', 'DORMANT') and kf_decided_on is null
            union all
            select 'PARTNER_CITY_PAST_END_DATE', 'PARTNERSHIP', partnership_id, city_name, responsible_unit,
                   agreement_end + 1, 'agreement ended ' || agreement_end, priority_areas
              from partnership_view
             where gen = :gen and kind = 'PARTNER_CITY' and status in ('ACTIVE', 'DORMANT') and agreement_end < :today
            union all
            select 'PARTNER_CITY_WITHOUT_ONGOING_PROJECT', 'PARTNERSHIP', p.partnership_id, p.city_name, p.responsible_unit,
                   coalesce((select max(pr.end_date) + 1 from project_partnership pp
                               join project_view pr on pr.gen = pp.gen and pr.project_id = pp.project_id
                              where pp.gen = p.gen and pp.partnership_id = p.partnership_id and pr.end_date < :today),
                            cast(p.status_since at time zone 'Europe/Stockholm' as date)),
                   null, p.priority_areas
              from partnership_view p
             where p.gen = :gen and p.kind = 'PARTNER_CITY' and p.status = 'ACTIVE'
               and not exists (select 1 from project_partnership pp
                                 join project_view pr on pr.gen = pp.gen and pr.project_id = pp.project_id
                                where pp.gen = p.gen and pp.partnership_id = p.partnership_id
                                  and pr.status in ('GRANTED', 'ONGOING'))
            union all
            select 'PARTNERSHIP_WITHOUT_BENEFIT', 'PARTNERSHIP', partnership_id, city_name, responsible_unit,
                   cast(status_since at time zone 'Europe/Stockholm' as date), null, priority_areas
              from partnership_view
             where gen = :gen and status = 'ACTIVE' and coalesce(btrim(mutual_benefit), '') = ''
            union all
            select 'MEMBERSHIP_WITHOUT_PURPOSE', 'MEMBERSHIP', membership_id, organisation, responsible_unit,
                   cast(status_since at time zone 'Europe/Stockholm' as date), null, cast(null as text[])
              from membership_view
             where gen = :gen and status = 'ACTIVE' and coalesce(btrim(purpose), '') = ''
            union all
            select 'PROJECT_WITHOUT_BENEFIT', 'PROJECT', project_id, title, lead_unit,
                   cast(status_since at time zone 'Europe/Stockholm' as date), status,
                   array_prepend(priority_area, other_priority_areas)
              from project_view
             where gen = :gen and status in ('GRANTED', 'ONGOING') and coalesce(btrim(benefit), '') = ''
            union all
            select 'COMPETING_APPLICATIONS', 'PROJECT', p.project_id, p.title, p.lead_unit,
                   cast(greatest(p.first_seen, coalesce((select min(o.first_seen) from project_view o
                        where o.gen = p.gen and o.call_identifier = p.call_identifier and o.project_id <> p.project_id
                          and o.status in ('IDEA', 'APPLICATION_SUBMITTED')
                          and o.lead_unit is distinct from p.lead_unit), p.first_seen)) at time zone 'Europe/Stockholm' as date),
                   'call ' || coalesce(p.call_identifier, '?'), array_prepend(p.priority_area, p.other_priority_areas)
              from project_view p
             where p.gen = :gen and p.status in ('IDEA', 'APPLICATION_SUBMITTED')
               and exists (select 1 from project_view o
                        where o.gen = p.gen and o.call_identifier = p.call_identifier and o.project_id <> p.project_id
                          and o.status in ('IDEA', 'APPLICATION_SUBMITTED') and o.lead_unit is distinct from p.lead_unit)
            union all
            select 'HIGH_RELEVANCE_WITHOUT_ASSESSMENT', 'ASSESSMENT', a.assessment_id,
                   coalesce(i.celex, i.title, cast(a.item_id as text)), a.unit,
                   cast(a.first_seen at time zone 'Europe/Stockholm' as date), 'relevance HIGH',
                   array['EXTERNAL_MONITORING']
              from assessment_view a left join legislation_item_view i on i.gen = a.gen and i.item_id = a.item_id
             where a.gen = :gen and a.relevance = 'HIGH'
               and (coalesce(btrim(a.expected_impact), '') = '' or coalesce(btrim(a.actions), '') = '')
            union all
            select 'OVERDUE_ASSESSMENT_ACTION', 'ASSESSMENT', a.assessment_id,
                   coalesce(i.celex, i.title, cast(a.item_id as text)), coalesce(a.responsible_unit, a.unit),
                   a.due_date + 1, 'due ' || a.due_date, array['EXTERNAL_MONITORING']
              from assessment_view a left join legislation_item_view i on i.gen = a.gen and i.item_id = a.item_id
             where a.gen = :gen and a.status <> 'DONE' and a.due_date < :today
            union all
            select 'OVERDUE_MILESTONE', 'MILESTONE', m.milestone_id, p.title || ': ' || coalesce(m.title, m.kind, ''),
                   p.lead_unit, m.due_date + 1, 'due ' || m.due_date,
                   array_prepend(p.priority_area, p.other_priority_areas)
              from milestone_overdue m join project_view p on p.gen = m.gen and p.project_id = m.project_id
             where m.gen = :gen and p.status in ('GRANTED', 'ONGOING') and m.due_date < :today
            union all
            select 'RENEWAL_DUE', 'PARTNERSHIP', partnership_id, city_name, responsible_unit,
                   renewal_due - :window, 'renewal due ' || renewal_due, priority_areas
              from partnership_view
             where gen = :gen and status in ('ACTIVE', 'DORMANT') and renewal_due <= :today + :window
            union all
            select 'MEMBERSHIP_REVIEW_DUE', 'MEMBERSHIP', membership_id, organisation, responsible_unit,
                   review_date - :window, 'review due ' || review_date, cast(null as text[])
              from membership_view
             where gen = :gen and status = 'ACTIVE' and review_date <= :today + :window
            union all
            select 'NO_ACTIVITY_12_MONTHS', 'PARTNERSHIP', p.partnership_id, p.city_name, p.responsible_unit,
                   cast(coalesce(max(a.start_date), cast(p.status_since at time zone 'Europe/Stockholm' as date))
                        + interval '12 months' as date), null, p.priority_areas
              from partnership_view p
              left join partnership_activity a on a.gen = p.gen and a.partnership_id = p.partnership_id
             where p.gen = :gen and p.status = 'ACTIVE'
             group by p.partnership_id, p.city_name, p.responsible_unit, p.status_since, p.priority_areas
            having coalesce(max(a.start_date), cast(p.status_since at time zone 'Europe/Stockholm' as date))
                   < cast(:today - interval '12 months' as date)
            """;

    private final JdbcClient jdbc;
    private final Generations generations;
    private final ReadModelProgress progress;
    private final Clock clock;

    GuidelineCheck(JdbcClient jdbc, Generations generations, ReadModelProgress progress, Clock clock) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.progress = progress;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public GuidelineReport check(ReportFilter f) {
        int gen = generations.active();
        List<Breach> breaches = jdbc.sql("select * from (" + BREACHES + ") b"
                        + " where (cast(:unit as text) is null or b.unit = :unit)"
                        + "   and (cast(:area as text) is null or :area = any(b.areas))"
                        + "   and (cast(:yearEnd as date) is null or b.since <= :yearEnd)"
                        + " order by b.rule, b.since, b.item_name, b.item_id")
                .param("gen", gen).param("today", LocalDate.now(clock)).param("window", RENEWAL_WINDOW_DAYS)
                .param("unit", f.unit()).param("area", f.area()).param("yearEnd", f.yearEnd())
                .query((rs, n) -> {
                    GuidelineRule rule = GuidelineRule.valueOf(rs.getString("rule"));
                    return new Breach(rule, rule.description(), rs.getString("item_type"),
                            rs.getObject("item_id", UUID.class), rs.getString("item_name"), rs.getString("unit"),
                            rs.getObject("since", LocalDate.class), rs.getString("detail"));
                })
                .list();
        Map<GuidelineRule, Long> byRule = new LinkedHashMap<>();
        for (GuidelineRule r : GuidelineRule.values()) {
            byRule.put(r, 0L);
        }
        breaches.forEach(b -> byRule.merge(b.rule(), 1L, Long::sum));
        return new GuidelineReport(breaches.size(), byRule, breaches, progress.asOf(gen));
    }

    /**
     * @param total    breaches found
     * @param byRule   breaches per rule, every rule listed
     * @param breaches each breach, by rule and since
     * @param asOf     how current the check is
     */
    public record GuidelineReport(long total, Map<GuidelineRule, Long> byRule, List<Breach> breaches, AsOf asOf) {
    }

    /**
     * @param rule            the rule broken
     * @param ruleDescription the rule in plain words
     * @param itemType        PARTNERSHIP, MEMBERSHIP, PROJECT, ASSESSMENT or MILESTONE
     * @param itemId          the item's id
     * @param itemName        the item's name (city, organisation, project title, CELEX)
     * @param responsibleUnit the unit responsible for the item
     * @param since           when the breach began
     * @param detail          what makes it a breach, where useful
     */
    public record Breach(GuidelineRule rule, String ruleDescription, @Schema(example = "PARTNERSHIP") String itemType,
                         UUID itemId, @Schema(example = "Bergen") String itemName,
                         @Schema(example = "Stadsledningskontoret") String responsibleUnit,
                         @Schema(example = "2025-01-01") LocalDate since, String detail) {
    }
}
