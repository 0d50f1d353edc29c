package se.goteborg.international.service.problem;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The error contract itself, on a tiny controller: every unreadable body names its field. */
class ProblemHandlerTest {

    record Period(LocalDate start, int days) {
    }

    record Filter(@jakarta.validation.constraints.Min(2000) Integer year) {
    }

    @RestController
    static class PeriodController {
        @PostMapping("/periods")
        Period create(@RequestBody Period period) {
            return period;
        }

        @org.springframework.web.bind.annotation.GetMapping("/filtered")
        Filter filtered(@jakarta.validation.Valid Filter filter) {
            return filter;
        }

        @PostMapping("/boom")
        void boom() {
            throw new IllegalStateException("secret internals");
        }
    }

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new PeriodController()).setControllerAdvice(new ProblemHandler()).build();
    }

    @Test
    void anImpossibleDateNamesItsField() throws Exception {
        mvc.perform(post("/periods").contentType(MediaType.APPLICATION_JSON).content("{\"start\":\"2025-13-45\",\"days\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("start"));
    }

    @Test
    void aWrongTypeNamesItsField() throws Exception {
        mvc.perform(post("/periods").contentType(MediaType.APPLICATION_JSON).content("{\"start\":\"2025-01-01\",\"days\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.code").value("invalid-request"));
    }

    @Test
    void queryParametersBoundToARecordNameTheFieldAndTheRule() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/filtered?year=abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value("'abc' is not a valid whole number"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/filtered?year=1999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void brokenJsonIsA400NotA500() throws Exception {
        mvc.perform(post("/periods").contentType(MediaType.APPLICATION_JSON).content("{\"start\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void anUnexpectedFailureIsA500WithAnIncidentAndNoInternals() throws Exception {
        mvc.perform(post("/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("internal-error"))
                .andExpect(jsonPath("$.incident").exists())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
    }
}
