package se.goteborg.international.service.security;

/**
 * The platform's role model: the {@code roles} claim of a user's token names roles, a client's
 * token (client credentials) carries scopes. Spring Security sees them as {@code ROLE_x} and
 * {@code SCOPE_x} authorities.
 */
public final class PlatformRoles {

    /** All business data, read and write. */
    public static final String INTERNATIONAL_OFFICE = "INTERNATIONAL_OFFICE";
    /** Reads everything; writes only items of the unit named by the token's {@code unit} claim. */
    public static final String UNIT_EDITOR = "UNIT_EDITOR";
    /** Reads business data. */
    public static final String VIEWER = "VIEWER";
    /** Metrics and admin endpoints (e.g. rebuilding read models); reads business data. */
    public static final String OPERATOR = "OPERATOR";

    /** Department systems (client credentials): read business data. */
    public static final String SCOPE_READ = "platform.read";
    /** Department systems: change business data (any unit; the client is trusted as a system). */
    public static final String SCOPE_WRITE = "platform.write";
    /** Prometheus scraping. */
    public static final String SCOPE_METRICS = "metrics.read";

    /** The audience every platform token must carry. */
    public static final String AUDIENCE = "intl-platform";
    /** Claims the identity provider puts in tokens. */
    public static final String ROLES_CLAIM = "roles";
    public static final String UNIT_CLAIM = "unit";

    private PlatformRoles() {
    }
}
