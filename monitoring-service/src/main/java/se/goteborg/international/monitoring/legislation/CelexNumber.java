package se.goteborg.international.monitoring.legislation;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CELEX number, EUR-Lex's document identifier: sector, year, document type, number, e.g.
 * {@code 32024R1689} (sector 3 = legislation, 2024, R = regulation, number 1689) or
 * {@code 52021PC0206} (sector 5 = preparatory act, PC = Commission proposal). Consolidated versions
 * (sector 0) add the consolidation date: {@code 02016R0679-20160504}.
 *
 * <p>Parsing explains, in plain words, why a number is not valid, so a person can correct it.
 */
public record CelexNumber(String value, char sector, int year, String type, String number, LocalDate consolidatedOn) {

    /** The ECSC Treaty (Paris, 1951) is the oldest document EUR-Lex numbers. */
    public static final int FIRST_YEAR = 1951;

    /** Sectors this service watches, with their name for messages. Others (national law, questions) are not EU acts. */
    private static final Map<Character, String> SECTORS = Map.of(
            '1', "treaties", '2', "international agreements", '3', "legislation", '4', "complementary legislation",
            '5', "preparatory acts", '6', "case law", '0', "consolidated texts");
    private static final Map<Character, String> OTHER_SECTORS = Map.of(
            '7', "national transposition measures", '8', "national case law", '9', "parliamentary questions",
            'C', "other Official Journal C series documents", 'E', "EFTA documents");

    /** Document types by sector (EUR-Lex's descriptors). Sector 0 uses the types of the act consolidated (sector 3). */
    private static final Map<Character, Set<String>> TYPES = Map.of(
            '1', Set.of("A", "B", "D", "E", "F", "G", "H", "K", "M", "N", "R", "T", "U", "V", "W", "X"),
            '2', Set.of("A", "D", "P", "X"),
            '3', Set.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "O", "Q", "R", "S", "X", "Y"),
            '4', Set.of("A", "D", "X", "Y", "Z"),
            '5', Set.of("AA", "AB", "AC", "AE", "AG", "AK", "AP", "AR", "AT", "BP", "DC", "DP", "EC", "FC", "GC",
                    "HB", "IE", "IG", "IP", "IR", "JC", "KG", "PC", "SA", "SC", "TA", "XA", "XB", "XC", "XE", "XG",
                    "XK", "XP", "XR", "XX"),
            '6', Set.of("CA", "CB", "CC", "CD", "CG", "CJ", "CN", "CO", "CP", "CS", "CT", "CU", "CV", "CX", "FB",
                    "FJ", "FN", "FO", "FT", "TA", "TB", "TC", "TG", "TJ", "TN", "TO", "TT"));

    private static final Pattern SHAPE = Pattern.compile(
            "(?<sector>[0-9A-Z])(?<year>\\d{4})(?<type>[A-Z]{1,2})(?<number>[0-9]{1,6})?(?<rest>.*)");
    private static final DateTimeFormatter BASIC_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public static CelexNumber parse(String text) {
        return parse(text, Year.now().getValue() + 1);
    }

    /**
     * Parses and validates {@code text}; {@code latestYear} is the last plausible document year
     * (documents are numbered in the year they are made; next year's proposals may already be listed).
     *
     * @throws InvalidReferenceException saying why the text is not a valid CELEX number
     */
    public static CelexNumber parse(String text, int latestYear) {
        if (text == null || text.isBlank()) {
            throw new InvalidReferenceException("a CELEX number is required, e.g. 32024R1689");
        }
        String celex = text.strip().toUpperCase(Locale.ROOT);
        if (celex.length() > 40 || !celex.matches("[0-9A-Z()\\-]+")) {
            throw new InvalidReferenceException("'" + shorten(text) + "' is not a CELEX number: it may only hold"
                    + " digits, letters, a hyphen and brackets, e.g. 32024R1689");
        }
        Matcher m = SHAPE.matcher(celex);
        if (!m.matches()) {
            throw new InvalidReferenceException("'" + celex + "' is not a CELEX number: it must be a sector, a"
                    + " four-digit year, a document type and a number, e.g. 32024R1689");
        }
        char sector = m.group("sector").charAt(0);
        if (OTHER_SECTORS.containsKey(sector)) {
            throw new InvalidReferenceException("sector '" + sector + "' holds " + OTHER_SECTORS.get(sector)
                    + ", not EU acts this service watches");
        }
        if (!SECTORS.containsKey(sector)) {
            throw new InvalidReferenceException("'" + sector + "' is not a CELEX sector; use 0-6 (3 for legislation,"
                    + " 5 for proposals and other preparatory acts)");
        }
        int year = Integer.parseInt(m.group("year"));
        if (year < FIRST_YEAR) {
            throw new InvalidReferenceException("the year " + year + " is before EU law began (" + FIRST_YEAR + ")");
        }
        if (year > latestYear) {
            throw new InvalidReferenceException("the year " + year + " is in the future");
        }
        String type = m.group("type");
        char typeSector = sector == '0' ? '3' : sector;
        if (!TYPES.get(typeSector).contains(type)) {
            throw new InvalidReferenceException("type '" + type + "' is not a document type of sector " + sector
                    + typeHint(typeSector));
        }
        String number = m.group("number");
        String rest = m.group("rest");
        if (number == null) {
            if (sector == '1' && rest.isEmpty()) { // treaties may have no number, e.g. 12016E
                return new CelexNumber(celex, sector, year, type, "", null);
            }
            throw new InvalidReferenceException("'" + celex + "' lacks the document number after the type '" + type
                    + "', e.g. " + sector + year + type + "1689");
        }
        if (number.length() != 4 && !(sector == '1' && number.length() == 3)) {
            throw new InvalidReferenceException("the document number '" + number + "' must have four digits,"
                    + " with leading zeros, e.g. 0042 or 1689");
        }
        if (sector == '0') {
            return new CelexNumber(celex, sector, year, type, number, consolidationDate(celex, rest, year));
        }
        if (!rest.isEmpty() && !rest.matches("R\\(\\d{2}\\)")) { // R(01): a corrigendum
            throw new InvalidReferenceException("'" + rest + "' after the number is not allowed; only a corrigendum"
                    + " suffix such as R(01) may follow" + (rest.startsWith("-") ? " (dated forms are for"
                    + " consolidated texts, sector 0)" : ""));
        }
        return new CelexNumber(celex, sector, year, type, number, null);
    }

    /** Finds a CELEX number in a EUR-Lex link or text ({@code uri=CELEX:32024R1689}, {@code CELEX%3A…}). */
    public static Optional<String> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("CELEX(?::|%3A)([0-9A-Za-z()\\-]{5,40})", Pattern.CASE_INSENSITIVE)
                .matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static LocalDate consolidationDate(String celex, String rest, int year) {
        if (!rest.matches("-\\d{8}")) {
            throw new InvalidReferenceException("a consolidated text (sector 0) needs its consolidation date after"
                    + " a hyphen, e.g. 02016R0679-20160504; '" + celex + "' has none");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(rest.substring(1), BASIC_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidReferenceException("'" + rest.substring(1) + "' is not a real date (YYYYMMDD)");
        }
        if (date.getYear() < year) {
            throw new InvalidReferenceException("the consolidation date " + date + " is before the act's year " + year);
        }
        return date;
    }

    private static String typeHint(char sector) {
        return switch (sector) {
            case '3' -> " (e.g. R regulation, L directive, D decision)";
            case '5' -> " (e.g. PC proposal, DC other Commission document, SC staff working document)";
            case '6' -> " (e.g. CJ judgment of the Court of Justice)";
            default -> "";
        };
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** The kind of document, as far as the CELEX number tells. */
    public ItemType itemType() {
        char s = sector == '0' ? '3' : sector;
        if (s == '3') {
            return switch (type) {
                case "R" -> ItemType.REGULATION;
                case "L" -> ItemType.DIRECTIVE;
                case "D" -> ItemType.DECISION;
                case "H" -> ItemType.RECOMMENDATION;
                default -> ItemType.OTHER;
            };
        }
        if (s == '5') {
            return switch (type) {
                case "PC" -> ItemType.PROPOSAL;
                case "DC", "JC" -> ItemType.COMMUNICATION;
                default -> ItemType.OTHER;
            };
        }
        return ItemType.OTHER;
    }

    /** Where an item starts when nobody says otherwise: proposals are proposed, sector 3 acts are published. */
    public Stage initialStage() {
        return switch (sector) {
            case '3', '0' -> Stage.PUBLISHED;
            default -> Stage.PROPOSED;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
