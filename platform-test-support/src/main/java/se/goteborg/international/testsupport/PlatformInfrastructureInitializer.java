package se.goteborg.international.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the shared test PostgreSQL (a fresh database of its own) and
 * Kafka broker (a consumer group of its own). Used through {@link PlatformIntegrationTest}.
 */
public class PlatformInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var env = context.getEnvironment();
        TestInfrastructure.Database db = TestInfrastructure.postgres();
        String application = env.getProperty("spring.application.name", "test");
        String name = db.createFreshDatabase(application);
        env.getPropertySources().addFirst(new MapPropertySource("platformTestInfrastructure", Map.of(
                "spring.datasource.url", db.jdbcUrl(name),
                "spring.datasource.username", db.user(),
                "spring.datasource.password", db.password(),
                "spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers(),
                // a group of its own, like its fresh database: no offsets or events from other runs on a shared broker
                "spring.kafka.consumer.group-id", name)));
    }
}
