package se.goteborg.international.service.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the platform's shared defaults ({@code META-INF/platform-defaults/*.properties} of every
 * platform module on the classpath) with the lowest precedence, so every service starts from the
 * same operational settings and can still override any of them in its own configuration.
 */
public class PlatformDefaultsPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String LOCATION = "classpath*:META-INF/platform-defaults/*.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            Arrays.sort(resources, Comparator.comparing(Resource::getDescription));
            for (Resource resource : resources) {
                environment.getPropertySources().addLast(
                        new ResourcePropertySource("platformDefaults:" + resource.getFilename(), resource));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
