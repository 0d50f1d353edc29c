package se.goteborg.international.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo users and clients (application.yml; passwords and secrets from configuration, demo only).
 *
 * @param issuer  this provider's issuer URI; services expect the same value
 * @param users   demo users by user name
 * @param clients OAuth2 clients by client id
 * @param accessTokenLifetime how long an access token is valid
 */
@ConfigurationProperties("identity")
public record DemoIdentities(String issuer, Map<String, User> users, Map<String, Client> clients,
                             Duration accessTokenLifetime) {

    public DemoIdentities {
        users = users == null ? Map.of() : Map.copyOf(users);
        clients = clients == null ? Map.of() : Map.copyOf(clients);
        accessTokenLifetime = accessTokenLifetime == null ? Duration.ofMinutes(15) : accessTokenLifetime;
    }

    /**
     * @param password the demo password (configuration only; never a real one)
     * @param unit     the city unit the user works for (the token's {@code unit} claim)
     * @param roles    platform roles (INTERNATIONAL_OFFICE, UNIT_EDITOR, VIEWER, OPERATOR)
     */
    public record User(String password, String name, String unit, List<String> roles) {
    }

    /**
     * @param secret        the client secret (configuration only)
     * @param grantTypes    authorization_code, refresh_token, client_credentials
     * @param redirectUris  where the browser returns after sign-in (web clients)
     * @param postLogoutRedirectUris where it returns after sign-out
     * @param scopes        scopes the client may ask for
     */
    public record Client(String secret, List<String> grantTypes, List<String> redirectUris,
                         List<String> postLogoutRedirectUris, List<String> scopes) {
    }
}
