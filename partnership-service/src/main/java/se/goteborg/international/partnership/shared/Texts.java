package se.goteborg.international.partnership.shared;

/** Small text helpers shared by the domain. */
public final class Texts {

    private Texts() {
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Stripped text, or null for blank: optional fields never hold "   ". */
    public static String clean(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
