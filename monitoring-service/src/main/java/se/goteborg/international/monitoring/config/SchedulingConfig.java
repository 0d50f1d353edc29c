package se.goteborg.international.monitoring.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (feed ingestion, deadline check). Each also carries {@code @SchedulerLock}, so it
 * runs on one instance at a time; tests keep scheduling on and disable the triggers by property.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
