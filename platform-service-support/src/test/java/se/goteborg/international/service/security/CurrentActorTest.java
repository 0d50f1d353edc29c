package se.goteborg.international.service.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentActorTest {

    private final CurrentActor actors = new CurrentActor();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Jwt user(String name, String unit) {
        return Jwt.withTokenValue("t-" + name).header("alg", "RS256").subject(name).claim("unit", unit)
                .claim("roles", List.of(PlatformRoles.UNIT_EDITOR)).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).build();
    }

    private static void signIn(Jwt jwt) {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    @Test
    void theActorFollowsTheRequestsTokenThoughTheLastOneIsRemembered() {
        Jwt anna = user("anna", "BRG");
        signIn(anna);
        assertThat(actors.get().id()).isEqualTo("anna");
        assertThat(actors.getOrSystem("svc")).isSameAs(actors.get());
        signIn(user("ulf", "Kultur"));
        assertThat(actors.get().id()).isEqualTo("ulf");
        assertThat(actors.get().unit()).isEqualTo("Kultur");
        signIn(anna);
        assertThat(actors.getOrSystem("svc").unit()).isEqualTo("BRG");
        SecurityContextHolder.clearContext();
        assertThat(actors.getOrSystem("svc").id()).isEqualTo("svc");
    }
}
