package se.goteborg.international.service.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
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
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.service.problem.ProblemHandler;

/**
 * 401 and 403 as problem+json in the platform's shape, saying why (no token, which check the token
 * failed, which role was missing), besides the standard {@code WWW-Authenticate} header.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        bearerEntryPoint.commence(request, response, ex);
        boolean tokenSent = ex instanceof InvalidBearerTokenException
                || request.getHeader("Authorization") != null;
        String code = tokenSent ? "invalid-token" : "unauthenticated";
        String detail = tokenSent
                ? "The bearer token was refused: " + ex.getMessage()
                : "Sign in first: " + request.getRequestURI() + " needs a bearer token (Authorization: Bearer …)";
        write(request, response, 401, "Unauthorized", code, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        bearerAccessDenied.handle(request, response, ex);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String has = auth == null ? "none" : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .sorted().collect(Collectors.joining(", "));
        write(request, response, 403, "Forbidden", "forbidden",
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

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
                              String code, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemHandler.TYPE_PREFIX + code);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.put("code", code);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
