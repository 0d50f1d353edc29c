package se.goteborg.international.service.security;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import se.goteborg.international.service.problem.ProblemHandler;

/**
 * 401 and 403 as problem+json in the platform's shape, saying why (no token, which check the token
 * failed, which role was missing, a browser's change without its CSRF token), besides the standard
 * {@code WWW-Authenticate} header. The services and the gateway answer alike; only what a caller may
 * sign in with differs.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();
    /** What a caller without credentials is told to bring. */
    private final String credentials;

    /** A service's: bearer tokens only. */
    public ProblemSecurityHandlers() {
        this("a bearer token (Authorization: Bearer …)");
    }

    /** @param credentials what a caller may sign in with, e.g. "a signed-in session or a bearer token" */
    public ProblemSecurityHandlers(String credentials) {
        this.credentials = credentials;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        bearerEntryPoint.commence(request, response, ex);
        boolean tokenSent = ex instanceof InvalidBearerTokenException
                || request.getHeader("Authorization") != null;
        String code = tokenSent ? "invalid-token" : "unauthenticated";
        String detail = tokenSent
                ? "The bearer token was refused: " + ex.getMessage()
                : "Sign in first: " + request.getRequestURI() + " needs " + credentials;
        ProblemHandler.write(request, response, HttpStatus.UNAUTHORIZED, code, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        if (ex instanceof CsrfException) { // a signed-in browser's change (the services have no sessions)
            ProblemHandler.write(request, response, HttpStatus.FORBIDDEN, "csrf-token-missing",
                    "This change needs the page's CSRF token (cookie XSRF-TOKEN, sent back as header X-XSRF-TOKEN); "
                            + "reload the page and try again");
            return;
        }
        bearerAccessDenied.handle(request, response, ex);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String has = auth == null ? "none" : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .sorted().collect(Collectors.joining(", "));
        ProblemHandler.write(request, response, HttpStatus.FORBIDDEN, "forbidden",
                "Your token does not allow " + request.getMethod() + " " + request.getRequestURI() + ": it needs "
                        + needed(request) + "; the token has [" + has + "]");
    }

    /** The rule in words, matching {@link PlatformSecurityAutoConfiguration}'s rules. */
    static String needed(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (PlatformSecurityAutoConfiguration.isAdminPath(path)) {
            return "the OPERATOR role";
        }
        if (path.startsWith("/actuator")) {
            return "the OPERATOR role or the metrics.read scope";
        }
        if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
            return "a platform role or the platform.read scope";
        }
        return "the INTERNATIONAL_OFFICE or UNIT_EDITOR role, or the platform.write scope";
    }
}
