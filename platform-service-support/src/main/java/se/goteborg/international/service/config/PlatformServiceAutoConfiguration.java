package se.goteborg.international.service.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

import se.goteborg.international.service.problem.ProblemHandler;

/** What every service gets by depending on platform-service-support. */
@AutoConfiguration
@Import(ProblemHandler.class)
public class PlatformServiceAutoConfiguration {
}
