package se.goteborg.international.reporting.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Running a grouped count (key, n) into a {@link Counts}. */
public final class Queries {

    private Queries() {
    }

    public static Counts counts(JdbcClient.StatementSpec spec, List<String> knownKeys) {
        Map<String, Long> by = new LinkedHashMap<>();
        knownKeys.forEach(k -> by.put(k, 0L));
        long[] total = {0};
        spec.query(rs -> {
            long n = rs.getLong("n");
            by.put(rs.getString("k"), n);
            total[0] += n;
        });
        return new Counts(total[0], by);
    }
}
