package se.goteborg.international.reporting.legislation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.reporting.readmodel.Generations;
import se.goteborg.international.reporting.readmodel.ReadModelProgress;
import se.goteborg.international.reporting.readmodel.ReadModelProgress.AsOf;
import se.goteborg.international.reporting.report.Counts;
import se.goteborg.international.reporting.report.Queries;
import se.goteborg.international.reporting.report.ReportFilter;

/**
 * External monitoring: the legislation pipeline, assessments per unit and relevance, overdue actions
 * and consultations answered. It all belongs to priority area EXTERNAL_MONITORING; another area filter
 * leaves it empty. The year is the proposal's (or, unknown, when the item was first seen).
 */
@Service
public class LegislationService {

    static final List<String> STAGES = List.of("PROPOSED", "UNDER_NEGOTIATION", "ADOPTED", "PUBLISHED", "IN_FORCE",
            "WITHDRAWN", "REJECTED");
    private static final int OVERDUE_LIMIT = 500;

    private final JdbcClient jdbc;
    private final Generations generations;
    private final ReadModelProgress progress;
    private final Clock clock;

    LegislationService(JdbcClient jdbc, Generations generations, ReadModelProgress progress, Clock clock) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.progress = progress;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public LegislationReport legislation(ReportFilter f) {
        int gen = generations.active();
        boolean outOfArea = f.priorityArea() != null && !"EXTERNAL_MONITORING".equals(f.area());
        Counts pipeline = Queries.counts(jdbc.sql("""
                select stage as k, count(*) as n from legislation_item_view
                 where gen = :gen and not :out
                   and (cast(:year as int) is null
                        or extract(year from coalesce(proposal_date, cast(first_seen at time zone 'Europe/Stockholm' as date))) = :year)
                   and (cast(:unit as text) is null or exists (select 1 from assessment_view a
                        where a.gen = :gen and a.item_id = legislation_item_view.item_id and a.unit = :unit))
                 group by stage""")
                .param("gen", gen).param("out", outOfArea).param("year", f.year()).param("unit", f.unit()), STAGES);
        Map<String, Map<String, Long>> perUnit = new TreeMap<>();
        jdbc.sql("""
                select unit, relevance, count(*) as n from assessment_view
                 where gen = :gen and not :out
                   and (cast(:unit as text) is null or unit = :unit)
                   and (cast(:year as int) is null or extract(year from first_seen at time zone 'Europe/Stockholm') = :year)
                 group by unit, relevance""")
                .param("gen", gen).param("out", outOfArea).param("unit", f.unit()).param("year", f.year())
                .query(rs -> {
                    Map<String, Long> byRelevance = perUnit.computeIfAbsent(rs.getString("unit"), u -> {
                        Map<String, Long> m = new java.util.LinkedHashMap<>();
                        List.of("HIGH", "MEDIUM", "LOW", "NONE").forEach(r -> m.put(r, 0L));
                        return m;
                    });
                    byRelevance.put(rs.getString("relevance"), rs.getLong("n"));
                });
        LocalDate today = LocalDate.now(clock);
        List<OverdueAction> overdue = jdbc.sql("""
                select a.assessment_id, a.item_id, i.celex, i.title, a.unit, coalesce(a.responsible_unit, a.unit) as responsible,
                       a.actions, a.due_date
                  from assessment_view a left join legislation_item_view i on i.gen = a.gen and i.item_id = a.item_id
                 where a.gen = :gen and not :out and a.status <> 'DONE' and a.due_date < :today
                   and (cast(:unit as text) is null or a.unit = :unit or a.responsible_unit = :unit)
                   and (cast(:year as int) is null or extract(year from a.due_date) = :year)
                 order by a.due_date, a.assessment_id limit :limit""")
                .param("gen", gen).param("out", outOfArea).param("today", today).param("unit", f.unit())
                .param("year", f.year()).param("limit", OVERDUE_LIMIT)
                .query((rs, n) -> new OverdueAction(rs.getObject("assessment_id", UUID.class),
                        rs.getObject("item_id", UUID.class), rs.getString("celex"), rs.getString("title"),
                        rs.getString("unit"), rs.getString("responsible"), rs.getString("actions"),
                        rs.getObject("due_date", LocalDate.class)))
                .list();
        Map<Integer, Long> answered = new TreeMap<>();
        jdbc.sql("""
                select cast(extract(year from coalesce(answered_on, feedback_end)) as int) as y, count(*) as n
                  from consultation_view
                 where gen = :gen and not :out and response_status = 'SUBMITTED'
                   and coalesce(answered_on, feedback_end) is not null
                   and (cast(:unit as text) is null or responsible_unit = :unit)
                   and (cast(:year as int) is null or extract(year from coalesce(answered_on, feedback_end)) = :year)
                 group by y""")
                .param("gen", gen).param("out", outOfArea).param("unit", f.unit()).param("year", f.year())
                .query(rs -> {
                    answered.put(rs.getInt("y"), rs.getLong("n"));
                });
        return new LegislationReport(pipeline, perUnit, overdue, answered, progress.asOf(gen));
    }

    /**
     * @param pipeline               watched items by stage
     * @param assessmentsPerUnit     per assessing unit: assessments by relevance (HIGH, MEDIUM, LOW, NONE)
     * @param overdueActions         assessments whose actions are past due and not done (at most 500, oldest first)
     * @param consultationsAnswered  consultations the city answered, per year
     * @param asOf                   how current the figures are
     */
    public record LegislationReport(Counts pipeline, Map<String, Map<String, Long>> assessmentsPerUnit,
                                    List<OverdueAction> overdueActions, Map<Integer, Long> consultationsAnswered,
                                    AsOf asOf) {
    }

    public record OverdueAction(UUID assessmentId, UUID itemId, @Schema(example = "32024R1689") String celex,
                                String title, @Schema(example = "Stadsledningskontoret") String unit,
                                String responsibleUnit, String actions,
                                @Schema(example = "2025-02-01") LocalDate dueDate) {
    }
}
