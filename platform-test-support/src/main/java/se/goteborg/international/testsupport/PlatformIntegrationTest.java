package se.goteborg.international.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application test on a random port against real PostgreSQL and Kafka, with a
 * {@code RestTestClient} bound to the server. Test classes that
 * carry nothing else share one Spring context (and so one database) per module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PlatformInfrastructureInitializer.class)
@AutoConfigureRestTestClient
public @interface PlatformIntegrationTest {
}
