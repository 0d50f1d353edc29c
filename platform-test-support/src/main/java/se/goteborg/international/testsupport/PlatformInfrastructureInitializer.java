package se.goteborg.international.testsupport;

import java.util.Map;

import org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpHeaders;

/**
 * Points a Spring test context at the shared test PostgreSQL (a fresh database of its own) and
 * Kafka broker (a consumer group of its own), and at the test token issuer ({@link TestTokens}). Used through {@link PlatformIntegrationTest}.
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
                "spring.kafka.consumer.group-id", name,
                // tokens come from the per-JVM test issuer (TestTokens), validated as in production
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens.issuerUri(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens.jwkSetUri())));
        // the test's RestTestClient acts as an international-office user unless a request says otherwise
        context.getBeanFactory().registerSingleton("platformTestTokenCustomizer",
                (RestTestClientBuilderCustomizer) builder -> builder.defaultHeader(HttpHeaders.AUTHORIZATION,
                        "Bearer " + TestTokens.internationalOffice()));
    }
}
