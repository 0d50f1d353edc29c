package se.goteborg.international.reporting.readmodel;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which generation of the read models serves reports (active) and which one a rebuild is filling
 * (building). Every read-model row carries its generation, so a rebuild never disturbs what is served
 * and the switch is one row update.
 */
@Component
public class Generations {

    private final JdbcClient jdbc;

    Generations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The generation reports read. Call inside the report's transaction so all its queries see one generation. */
    public int active() {
        return jdbc.sql("select active from report_generation").query(Integer.class).single();
    }

    /** The generations a live event must go to: the active one and, during a rebuild, the one being built. */
    public List<Integer> writing() {
        return jdbc.sql("select active, building from report_generation").query((rs, n) -> {
            List<Integer> gens = new ArrayList<>();
            gens.add(rs.getInt(1));
            int building = rs.getInt(2);
            if (!rs.wasNull()) {
                gens.add(building);
            }
            return gens;
        }).single();
    }

    /** Every table holding generational rows; a rebuild clears a generation from all of them. */
    public static final List<String> TABLES = List.of("applied_event", "read_model_progress", "partnership_view",
            "partnership_activity", "membership_view", "project_view", "project_partnership", "project_indicator",
            "milestone_overdue", "legislation_item_view", "assessment_view", "consultation_view", "alert_view");
}
