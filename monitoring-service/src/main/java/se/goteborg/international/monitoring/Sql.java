package se.goteborg.international.monitoring;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Small helpers for PostgreSQL arrays and nullable dates in hand-written SQL. */
public final class Sql {

    private Sql() {
    }

    /** A text array parameter; cast it in SQL where another element type is meant ({@code cast(:x as date[])}). */
    public static String[] array(Collection<?> values) {
        return values == null ? new String[0] : values.stream().map(Object::toString).toArray(String[]::new);
    }

    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.stream((Object[]) a.getArray()).map(Object::toString).toList();
    }

    public static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        return strings(rs, column).stream().map(UUID::fromString).toList();
    }

    public static List<LocalDate> dates(ResultSet rs, String column) throws SQLException {
        return strings(rs, column).stream().map(LocalDate::parse).toList();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** Escapes LIKE wildcards so free text is matched literally. */
    public static String likeContains(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
