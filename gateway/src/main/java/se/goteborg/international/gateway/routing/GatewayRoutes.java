package se.goteborg.international.gateway.routing;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchangeHandlerFunction;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import se.goteborg.international.gateway.observability.RouteTags;
import se.goteborg.international.service.web.RequestIdFilter;

/**
 * The routes to the services, one per service in {@link Upstreams}, each with the same filters, from
 * the outside in: the caller's request id and a signed-in browser's access token go along (TokenRelay;
 * an API client's own bearer token passes unchanged), the circuit breaker wraps the retries (a burst
 * of retries counts as one call, and an open breaker answers at once without retrying), and the call
 * itself runs on the request's own thread with the service's response timeout.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Upstreams.class)
class GatewayRoutes {

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(Upstreams upstreams, UpstreamCalls calls,
                                                 CircuitBreakerFactory<?, ?> breakers) {
        RouterFunction<ServerResponse> all = null;
        for (Map.Entry<String, Upstreams.Upstream> entry : upstreams.services().entrySet()) {
            String service = entry.getKey();
            Upstreams.Upstream upstream = entry.getValue();
            RouterFunction<ServerResponse> route = GatewayRouterFunctions.route(service)
                    .route(GatewayRequestPredicates.path(upstream.paths().toArray(String[]::new)),
                            calls.within(upstreams.responseTimeoutOf(upstream)))
                    .before(BeforeFilterFunctions.uri(upstream.url()))
                    .before(request -> {
                        request.attributes().put(RouteTags.ROUTE_ID_ATTRIBUTE, service); // metrics and the request line
                        return request;
                    })
                    .before(GatewayRoutes::forwardRequestId)
                    .filter(TokenRelayFilterFunctions.tokenRelay())
                    .filter(new ServiceBreaker(service, breakers.create(service)))
                    .filter(new RetryIdempotent(2, Duration.ofMillis(100), Duration.ofMillis(500)))
                    .build();
            all = all == null ? route : all.and(route);
        }
        return all;
    }

    @Bean
    UpstreamCalls upstreamCalls(Upstreams upstreams, RestClient.Builder builder, GatewayMvcProperties properties,
                                ObjectProvider<HttpHeadersFilter.RequestHttpHeadersFilter> requestFilters,
                                ObjectProvider<HttpHeadersFilter.ResponseHttpHeadersFilter> responseFilters) {
        return new UpstreamCalls(upstreams.pool(), upstreams.connectTimeout(), builder, properties, requestFilters,
                responseFilters);
    }

    /** The service echoes the request id RequestIdFilter already put on our answer: one copy is enough. */
    @Bean
    HttpHeadersFilter.ResponseHttpHeadersFilter withoutTheServicesRequestId() {
        return (headers, response) -> {
            if (!headers.containsHeader(RequestIdFilter.HEADER)) {
                return headers;
            }
            HttpHeaders kept = new HttpHeaders();
            kept.putAll(headers);
            kept.remove(RequestIdFilter.HEADER);
            return kept;
        };
    }

    /** The id RequestIdFilter chose (the client's own if sane, else a new one) goes to the service. */
    private static ServerRequest forwardRequestId(ServerRequest request) {
        String id = MDC.get(RequestIdFilter.MDC_KEY);
        return id == null ? request : ServerRequest.from(request).headers(h -> h.set(RequestIdFilter.HEADER, id)).build();
    }

    /**
     * The proxying handler per response timeout, all on one pool of connections to the services (Apache
     * HttpClient 5, classic I/O on the request's own thread). The client passes everything through as a
     * proxy must: no redirects followed, no cookies kept, no decompression, no retries of its own (ours is
     * RetryIdempotent). Boot's RestClient.Builder brings the client observation, so the trace follows the call.
     */
    static final class UpstreamCalls implements ApplicationListener<ContextRefreshedEvent>, DisposableBean {

        private final Map<Duration, ProxyExchangeHandlerFunction> byTimeout = new LinkedHashMap<>();
        private final CloseableHttpClient client;
        private final Duration acquireTimeout;
        private final RestClient.Builder builder;
        private final GatewayMvcProperties properties;
        private final ObjectProvider<HttpHeadersFilter.RequestHttpHeadersFilter> requestFilters;
        private final ObjectProvider<HttpHeadersFilter.ResponseHttpHeadersFilter> responseFilters;
        /** The context's refresh, once it happened: a handler made after it is told at once. */
        private ContextRefreshedEvent refreshed;

        UpstreamCalls(Upstreams.Pool pool, Duration connectTimeout, RestClient.Builder builder,
                      GatewayMvcProperties properties,
                      ObjectProvider<HttpHeadersFilter.RequestHttpHeadersFilter> requestFilters,
                      ObjectProvider<HttpHeadersFilter.ResponseHttpHeadersFilter> responseFilters) {
            PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnPerRoute(pool.maxConnections())
                    .setMaxConnTotal(pool.maxConnections() * 4) // the four services
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.of(connectTimeout))
                            .setTimeToLive(TimeValue.of(pool.maxLifeTime()))
                            .build())
                    .build();
            this.client = HttpClients.custom()
                    .setConnectionManager(connections)
                    .evictIdleConnections(TimeValue.of(pool.maxIdleTime()))
                    .disableRedirectHandling()
                    .disableCookieManagement()
                    .disableContentCompression()
                    .disableAutomaticRetries()
                    .disableAuthCaching()
                    .build();
            this.builder = builder;
            this.properties = properties;
            this.requestFilters = requestFilters;
            this.responseFilters = responseFilters;
            this.acquireTimeout = pool.acquireTimeout();
        }

        synchronized ProxyExchangeHandlerFunction within(Duration responseTimeout) {
            return byTimeout.computeIfAbsent(responseTimeout, timeout -> {
                HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(client);
                factory.setReadTimeout(timeout);
                factory.setConnectionRequestTimeout(acquireTimeout);
                RestClient rest = builder.clone().requestFactory(factory).build();
                ProxyExchangeHandlerFunction handler = new ProxyExchangeHandlerFunction(
                        new RestClientProxyExchange(rest, properties), requestFilters, responseFilters);
                if (refreshed != null) {
                    handler.onApplicationEvent(refreshed);
                }
                return handler;
            });
        }

        /** The handlers read the header filters once the context is ready, as Gateway MVC's own bean does. */
        @Override
        public synchronized void onApplicationEvent(ContextRefreshedEvent event) {
            refreshed = event;
            byTimeout.values().forEach(handler -> handler.onApplicationEvent(event));
        }

        @Override
        public void destroy() throws IOException {
            client.close();
        }
    }
}
