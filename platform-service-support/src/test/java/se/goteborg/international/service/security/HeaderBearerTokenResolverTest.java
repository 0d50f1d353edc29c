package se.goteborg.international.service.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The regex-free resolver answers every request exactly as Spring's own resolver does. */
class HeaderBearerTokenResolverTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJpbmdyaWQifQ.c2lnbmF0dXJlLXBhcnQ-_w";

    final HeaderBearerTokenResolver ours = new HeaderBearerTokenResolver();
    final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Test
    void headersResolveAsSpringResolvesThem() {
        List<String> headers = List.of("Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "Bearer " + JWT + "==",
                "Bearer abc+/~.-_", "Bearer ", "Bearer", "Bearer  " + JWT, "Bearer " + JWT + " ", "Bearer a=b",
                "Bearer " + JWT + "\t", "Bearer ä" + JWT, "Bearer =", "Basic dXNlcjpwYXNz", "Bearerabc", "Token " + JWT);
        for (String header : headers) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/projects");
            request.setContentType("application/json");
            request.addHeader("Authorization", header);
            assertThat(outcome(ours, request)).as(header).isEqualTo(outcome(spring, request));
        }
        assertThat(outcome(ours, request("GET", null))).isEqualTo(outcome(spring, request("GET", null)));
    }

    @Test
    void aHeaderTokenBesideATokenParameterIsLeftToSpring() {
        MockHttpServletRequest query = request("GET", "access_token=" + JWT);
        MockHttpServletRequest form = request("POST", null);
        form.setContentType("application/x-www-form-urlencoded");
        form.addParameter("access_token", JWT);
        for (MockHttpServletRequest request : List.of(query, form)) {
            request.addHeader("Authorization", "Bearer " + JWT);
            assertThat(outcome(ours, request)).isEqualTo(outcome(spring, request));
        }
    }

    @Test
    void aWellFormedTokenIsTakenAsItIs() {
        MockHttpServletRequest request = request("GET", "q=x");
        request.addHeader("Authorization", "Bearer " + JWT);
        assertThat(ours.resolve(request)).isEqualTo(JWT);
    }

    private static MockHttpServletRequest request(String method, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/projects");
        if (query != null) {
            request.setQueryString(query);
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return request;
    }

    private static String outcome(org.springframework.security.oauth2.server.resource.web.BearerTokenResolver resolver,
                                  MockHttpServletRequest request) {
        try {
            return "token " + resolver.resolve(request);
        } catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode() + " " + e.getMessage();
        }
    }
}
