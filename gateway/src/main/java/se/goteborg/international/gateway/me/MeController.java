package se.goteborg.international.gateway.me;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, for the web UI: name, roles and unit of the session user (from the ID token's
 * claims) or of a bearer token. Answered by the gateway itself; no service is asked. Without a
 * session or token the security chain answers 401 problem+json before this is reached.
 */
@RestController
class MeController {

    @GetMapping("/api/me")
    Map<String, Object> me(Authentication authentication) {
        Object principal = authentication.getPrincipal();
        Map<String, Object> claims = principal instanceof OidcUser user ? user.getClaims()
                : principal instanceof Jwt jwt ? jwt.getClaims() : Map.of();
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("username", authentication.getName());
        Object name = claims.get("name");
        me.put("name", name == null ? authentication.getName() : name.toString());
        Object roles = claims.get("roles");
        me.put("roles", roles instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of());
        me.put("unit", claims.get("unit"));
        return me;
    }
}
