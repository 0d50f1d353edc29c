package se.goteborg.international.monitoring.legislation;

import java.time.Year;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interinstitutional procedure reference as the Legislative Observatory writes it:
 * {@code YYYY/NNNN(TYPE)}, e.g. {@code 2021/0106(COD)} (the AI Act, ordinary legislative procedure).
 */
public record ProcedureReference(String value, int year, String number, String type) {

    /** Procedure types (OEIL): COD ordinary legislative, CNS consultation, NLE non-legislative enactment, APP consent, … */
    static final Set<String> TYPES = new TreeSet<>(Set.of("COD", "CNS", "NLE", "APP", "AVC", "BUD", "DEC", "DCE",
            "INI", "INL", "RSP", "SYN", "COS", "ACI", "IMM", "INS", "REG", "RPS", "RSO", "DEA", "BUI", "ACC"));

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})/(\\d{4})\\(([A-Z]{3})\\)");

    public static ProcedureReference parse(String text) {
        return parse(text, Year.now().getValue() + 1);
    }

    public static ProcedureReference parse(String text, int latestYear) {
        if (text == null || text.isBlank()) {
            throw new InvalidReferenceException("a procedure reference is required, e.g. 2021/0106(COD)");
        }
        String ref = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        Matcher m = SHAPE.matcher(ref);
        if (!m.matches()) {
            throw new InvalidReferenceException("'" + (ref.length() > 40 ? ref.substring(0, 40) + "…" : ref)
                    + "' is not a procedure reference: it must be a four-digit year, a slash, a four-digit number"
                    + " and the procedure type in brackets, e.g. 2021/0106(COD)");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1970 || year > latestYear) {
            throw new InvalidReferenceException("the year " + year + " is not a year of an EU procedure (1970–"
                    + latestYear + ")");
        }
        if (m.group(2).equals("0000")) {
            throw new InvalidReferenceException("the procedure number 0000 does not exist; numbers start at 0001");
        }
        String type = m.group(3);
        if (!TYPES.contains(type)) {
            throw new InvalidReferenceException("'" + type + "' is not a procedure type; use one of " + TYPES);
        }
        return new ProcedureReference(ref, year, m.group(2), type);
    }

    @Override
    public String toString() {
        return value;
    }
}
