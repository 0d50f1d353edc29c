package se.goteborg.international.service.security;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import se.goteborg.international.service.problem.ApiException;

/**
 * Who is acting: a signed-in user or a department system (client credentials), with their unit and
 * what they may do. Use cases ask it before changing an item of a unit ({@link #requireMayChange});
 * its {@link #id()} is what the item and its events record as {@code changedBy}.
 *
 * @param id     the user name or the client id (the token's subject)
 * @param unit   the user's unit (the token's {@code unit} claim); null for clients and the system
 * @param roles  platform roles (see {@link PlatformRoles})
 * @param scopes a client's scopes
 * @param client true for a client-credentials client
 */
public record Actor(String id, String unit, Set<String> roles, Set<String> scopes, boolean client) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    /** The platform itself (demo data, scheduled jobs, event listeners): not a person, may do what it is coded to do. */
    public static Actor system(String name) {
        return new Actor(name, null, Set.of(PlatformRoles.INTERNATIONAL_OFFICE), Set.of(), false);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** International office users and clients with the write scope may change any unit's items. */
    public boolean mayChangeAnyUnit() {
        return hasRole(PlatformRoles.INTERNATIONAL_OFFICE) || scopes.contains(PlatformRoles.SCOPE_WRITE);
    }

    /** True if the actor may change an item belonging to any of {@code units}. */
    public boolean mayChange(Collection<String> units) {
        if (mayChangeAnyUnit()) {
            return true;
        }
        return hasRole(PlatformRoles.UNIT_EDITOR) && unit != null
                && units.stream().filter(Objects::nonNull).anyMatch(u -> u.equalsIgnoreCase(unit));
    }

    /**
     * Refuses (403 problem+json) unless the actor may change an item of one of {@code units}.
     *
     * @param what the item in plain words, e.g. "project 4f0…"
     */
    public void requireMayChange(String what, Collection<String> units) {
        if (mayChange(units)) {
            return;
        }
        String owners = units.isEmpty() ? "no unit" : String.join(", ", units);
        String detail = hasRole(PlatformRoles.UNIT_EDITOR)
                ? "You edit for " + (unit == null ? "no unit" : unit) + "; " + what + " belongs to " + owners
                        + ", so only its unit's editors or the international office may change it"
                : "Your role does not allow changing " + what
                        + "; it needs INTERNATIONAL_OFFICE, or UNIT_EDITOR of " + owners;
        throw ApiException.forbidden(hasRole(PlatformRoles.UNIT_EDITOR) ? "not-your-unit" : "forbidden", detail);
    }

    /** Refuses (403) unless the actor may change any unit's items (e.g. creating city-wide items). */
    public void requireInternationalOffice(String what) {
        if (!mayChangeAnyUnit()) {
            throw ApiException.forbidden("forbidden",
                    "Only the international office (or a client with the platform.write scope) may " + what);
        }
    }
}
