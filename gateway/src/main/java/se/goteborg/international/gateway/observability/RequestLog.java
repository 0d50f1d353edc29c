package se.goteborg.international.gateway.observability;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import se.goteborg.international.service.web.RequestIdFilter;

/**
 * One line per request: method, path, the service it went to (or the gateway itself), status, time
 * and request id, in the request's trace (runs inside the HTTP observation, so the line carries the
 * trace id like the services' lines). A user's quoted request id finds it; so does a trace id.
 */
public class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String path = request.getRequestURI();
            // probes and scrapes every few seconds would drown the rest
            if (!path.startsWith("/actuator") && log.isInfoEnabled()) {
                Object route = request.getAttribute(RouteTags.ROUTE_ID_ATTRIBUTE);
                log.info("{} {} -> {} {} in {} ms [requestId={}]", request.getMethod(), path,
                        route != null ? route : "gateway", response.getStatus(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), MDC.get(RequestIdFilter.MDC_KEY));
            }
        }
    }
}
