package se.goteborg.international.project.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (the milestone check); each takes a ShedLock lock so it runs once across instances. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
