package se.goteborg.international.service.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The actor of the request being handled, from its validated token. Outside a request (event
 * listeners, scheduled jobs, demo data) there is no token: callers pass {@link Actor#system} instead.
 */
public class CurrentActor {

    /**
     * The actor of the token seen last: a write asks for it twice (use case, outbox) and a client reuses
     * its token for many requests, which the token decoder then answers with the same {@link Jwt}.
     */
    private volatile Remembered last;

    private record Remembered(Jwt jwt, Actor actor) {
    }

    /** The authenticated actor; fails if called without an authenticated token (a programming error). */
    public Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof JwtAuthenticationToken token) {
            return actorOf(token.getToken());
        }
        throw new IllegalStateException("No authenticated actor: this code must run in a request with a token");
    }

    /**
     * The authenticated actor, or the platform itself ({@link Actor#system}) when no request is
     * being handled (demo data, scheduled jobs, listeners). Every API request has a token (the
     * filter chain refuses others), so a request never falls through to the system actor.
     */
    public Actor getOrSystem(String systemName) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof JwtAuthenticationToken token ? actorOf(token.getToken()) : Actor.system(systemName);
    }

    private Actor actorOf(Jwt jwt) {
        Remembered r = last;
        if (r != null && r.jwt() == jwt) { // the same instance: its claims cannot have changed
            return r.actor();
        }
        Actor actor = fromJwt(jwt);
        last = new Remembered(jwt, actor);
        return actor;
    }

    static Actor fromJwt(Jwt jwt) {
        Set<String> roles = new HashSet<>(strings(jwt.getClaim(PlatformRoles.ROLES_CLAIM)));
        Set<String> scopes = new HashSet<>(strings(jwt.getClaim("scope")));
        scopes.addAll(strings(jwt.getClaim("scp")));
        // a client-credentials token has the client as subject and no user roles
        boolean client = roles.isEmpty() && jwt.getSubject() != null
                && jwt.getSubject().equals(jwt.getClaimAsString("client_id"));
        String unit = jwt.getClaimAsString(PlatformRoles.UNIT_CLAIM);
        return new Actor(jwt.getSubject(), unit, roles, scopes, client);
    }

    static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String s && !s.isBlank()) {
            return List.of(s.trim().split("\\s+"));
        }
        return List.of();
    }
}
