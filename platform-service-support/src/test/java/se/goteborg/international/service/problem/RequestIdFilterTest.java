package se.goteborg.international.service.problem;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.goteborg.international.service.web.RequestIdFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** The gateway's request id reaches the service's log lines and comes back; a direct caller gets one. */
class RequestIdFilterTest {

    static final AtomicReference<String> logged = new AtomicReference<>();

    @RestController
    static class Probe {
        @GetMapping("/probe")
        String probe() {
            logged.set(MDC.get(RequestIdFilter.MDC_KEY));
            return "ok";
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Probe()).addFilters(new RequestIdFilter()).build();

    @Test
    void theGatewaysRequestIdIsInTheLogContextAndTheResponse() throws Exception {
        mvc.perform(get("/probe").header("X-Request-Id", "req-42")).andExpect(header().string("X-Request-Id", "req-42"));
        assertThat(logged.get()).isEqualTo("req-42");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).as("cleared after the request").isNull();
    }

    @Test
    void aDirectOrUnsafeCallerGetsAFreshId() throws Exception {
        mvc.perform(get("/probe").header("X-Request-Id", "bad id\nwith newline"))
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
        assertThat(logged.get()).matches("[0-9a-f-]{36}");
    }
}
