package se.goteborg.international.gateway.observability;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * {@code http.server.requests} tagged with {@code routeId}: the service a request was routed to, or
 * {@code gateway} for what the gateway answers itself. Dashboards and alerts read traffic and errors
 * per service from it ({@code http_server_requests_seconds_count{routeId,status,outcome}}).
 */
public class RouteTags extends DefaultServerRequestObservationConvention {

    /** The request attribute naming the service a request is routed to (set by GatewayRoutes). */
    public static final String ROUTE_ID_ATTRIBUTE = RouteTags.class.getName() + ".routeId";

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        Object route = context.getCarrier().getAttribute(ROUTE_ID_ATTRIBUTE);
        return super.getLowCardinalityKeyValues(context)
                .and(KeyValue.of("routeId", route != null ? route.toString() : "gateway"));
    }
}
