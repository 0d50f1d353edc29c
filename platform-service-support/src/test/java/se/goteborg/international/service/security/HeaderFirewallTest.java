package se.goteborg.international.service.security;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeaderFirewallTest {

    /** StrictHttpFirewall's own expressions (Spring Security 7), which the loop replaces. */
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void acceptsExactlyWhatTheFirewallsExpressionsAcceptForEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String s = "ab" + Character.toString(c) + "cd";
            assertThat(HeaderFirewall.allowed(s, false)).as("name with U+%04X", c).isEqualTo(NAMES.matcher(s).matches());
            assertThat(HeaderFirewall.allowed(s, true)).as("value with U+%04X", c).isEqualTo(VALUES.matcher(s).matches());
        }
        String lone = "x" + '\uD800' + "y";
        assertThat(HeaderFirewall.allowed(lone, true)).isEqualTo(VALUES.matcher(lone).matches());
    }

    @Test
    void stillRefusesAControlCharacterInAHeaderAndPassesABearerToken() {
        var firewall = HeaderFirewall.create();
        MockHttpServletRequest bad = new MockHttpServletRequest("GET", "/api/projects");
        bad.addHeader("X-Note", "line\u0085break");
        assertThatThrownBy(() -> firewall.getFirewalledRequest(bad).getHeader("X-Note"))
                .isInstanceOf(RequestRejectedException.class);

        MockHttpServletRequest good = new MockHttpServletRequest("GET", "/api/projects");
        good.addHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln\tx");
        assertThat(firewall.getFirewalledRequest(good).getHeader("Authorization")).startsWith("Bearer ");
    }
}
