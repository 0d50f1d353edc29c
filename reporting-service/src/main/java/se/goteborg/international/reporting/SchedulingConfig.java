package se.goteborg.international.reporting;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (the lag measurement); kept on in tests so the metric is tested as it runs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
