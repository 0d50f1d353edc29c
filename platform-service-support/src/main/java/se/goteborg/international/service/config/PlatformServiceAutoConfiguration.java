package se.goteborg.international.service.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

import se.goteborg.international.service.problem.ProblemHandler;
import se.goteborg.international.service.web.RequestBodyLimitFilter;
import se.goteborg.international.service.web.RequestIdFilter;

/** What every service gets by depending on platform-service-support. */
@AutoConfiguration
@Import(ProblemHandler.class)
public class PlatformServiceAutoConfiguration {

    /** First of all filters, so even a refused request's log lines carry its id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Right after the request id, before security reads anything: an oversized body costs nothing. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${platform.web.max-request-size:1MB}") DataSize max) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(max));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
