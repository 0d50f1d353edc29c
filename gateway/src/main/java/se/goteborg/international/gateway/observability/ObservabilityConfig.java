package se.goteborg.international.gateway.observability;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The gateway's request line and per-route request metrics. */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfig {

    /** Inside the request's observation (HIGHEST_PRECEDENCE + 1), so its line carries the trace id. */
    @Bean
    FilterRegistrationBean<RequestLog> requestLog() {
        FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    RouteTags routeTags() {
        return new RouteTags();
    }
}
