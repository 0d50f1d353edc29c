package se.goteborg.international.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A development OAuth2 / OpenID Connect provider (Spring Authorization Server) with demo users and
 * clients, for the local run and tests. In production the city points {@code OAUTH2_ISSUER_URI} at
 * its own identity provider instead and this app is not deployed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityProviderApplication.class, args);
    }
}
