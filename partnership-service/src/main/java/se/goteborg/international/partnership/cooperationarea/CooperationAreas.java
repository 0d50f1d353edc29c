package se.goteborg.international.partnership.cooperationarea;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.goteborg.international.service.problem.ApiException;

/**
 * The managed vocabulary of cooperation areas. It is data (table {@code cooperation_area}, seeded by
 * migration) so the city can extend it without a release; partnerships may only use active terms.
 */
@Component
public class CooperationAreas {

    private final JdbcClient jdbc;

    CooperationAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CooperationArea> all() {
        return jdbc.sql("select code, name_en, name_sv from cooperation_area where active order by code")
                .query((rs, i) -> new CooperationArea(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Refuses codes that are not (active) terms of the vocabulary, naming them. */
    public void requireKnown(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return;
        }
        Set<String> known = new TreeSet<>(jdbc.sql("select code from cooperation_area where active")
                .query(String.class).list());
        Set<String> unknown = new TreeSet<>(codes);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw ApiException.ruleViolated("unknown-cooperation-area", "cooperationAreas",
                    "not in the cooperation-area vocabulary: " + String.join(", ", unknown)
                            + "; use one of " + String.join(", ", known) + " (see GET /api/partnerships/cooperation-areas)");
        }
    }
}
