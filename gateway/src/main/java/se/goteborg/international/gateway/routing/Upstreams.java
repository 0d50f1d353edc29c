package se.goteborg.international.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services behind the gateway ({@code platform.gateway.routing} in application.yml): which paths
 * go where, and how long each may take. The map key is the service name: it names the route, its
 * circuit breaker, the {@code routeId} metric tag and the service in a 503/504 problem.
 */
@ConfigurationProperties("platform.gateway.routing")
public record Upstreams(@DefaultValue("2s") Duration connectTimeout,
                        @DefaultValue("10s") Duration responseTimeout,
                        @DefaultValue Pool pool,
                        Map<String, Upstream> services) {

    /**
     * The connections to the services: at most {@code maxConnections} per service (a caller waits up to
     * {@code acquireTimeout} for one), idle ones closed before the services' keep-alive would close them,
     * every one renewed after {@code maxLifeTime} (e.g. after a service was redeployed).
     */
    public record Pool(@DefaultValue("100") int maxConnections, @DefaultValue("5s") Duration acquireTimeout,
                       @DefaultValue("15s") Duration maxIdleTime, @DefaultValue("5m") Duration maxLifeTime) {
    }

    /** One service: its base URL, the path patterns it serves ({@code /api/x/**} also matches {@code /api/x}). */
    public record Upstream(URI url, List<String> paths, Duration responseTimeout) {
    }

    /** How long a service may take to answer: its own setting, else the default. */
    public Duration responseTimeoutOf(Upstream upstream) {
        return upstream.responseTimeout() != null ? upstream.responseTimeout() : responseTimeout;
    }
}
