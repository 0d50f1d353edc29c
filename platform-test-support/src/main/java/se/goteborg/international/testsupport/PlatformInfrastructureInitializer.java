package se.goteborg.international.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the shared test PostgreSQL (a fresh database of its own) and
 * Kafka broker. Used through {@link PlatformIntegrationTest}.
 */
public class PlatformInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var env = context.getEnvironment();
        TestInfrastructure.Database db = TestInfrastructure.postgres();
        String name = db.createFreshDatabase(env.getProperty("spring.application.name", "test"));
        env.getPropertySources().addFirst(new MapPropertySource("platformTestInfrastructure", Map.of(
                "spring.datasource.url", db.jdbcUrl(name),
                "spring.datasource.username", db.user(),
                "spring.datasource.password", db.password(),
                "spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers())));
    }
}
