package se.goteborg.international.partnership.shared;

/**
 * Who makes a change. Until sign-in exists (a later issue) it is the request's {@code X-User}
 * header or "anonymous"; the value is stored on the aggregate and carried on every event.
 */
public final class Actor {

    public static final String HEADER = "X-User";
    public static final String ANONYMOUS = "anonymous";

    private Actor() {
    }

    public static String of(String header) {
        if (header == null || header.isBlank()) {
            return ANONYMOUS;
        }
        String name = header.strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
