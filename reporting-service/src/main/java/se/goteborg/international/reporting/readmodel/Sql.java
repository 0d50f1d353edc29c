package se.goteborg.international.reporting.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Small helpers for passing values to SQL. */
public final class Sql {

    /** Separator for lists passed as one text parameter and split with string_to_array in SQL. */
    public static final String SEP = "\u001f";

    private Sql() {
    }

    public static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A list as one text value for {@code string_to_array(:p, E'\x1f')}; null/empty lists become null. */
    public static String list(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return String.join(SEP, values.stream().filter(v -> v != null && !v.isBlank()).toList());
    }

    /** The SQL expression turning such a parameter back into text[]. */
    public static String array(String param) {
        return "coalesce(string_to_array(cast(:" + param + " as text), E'\\x1f'), '{}')";
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
