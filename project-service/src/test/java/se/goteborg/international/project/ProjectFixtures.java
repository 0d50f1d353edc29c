package se.goteborg.international.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Request bodies with sensible defaults, and a shortcut to register a project over HTTP. */
public final class ProjectFixtures {

    public static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private ProjectFixtures() {
    }

    public static Map<String, Object> project(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("acronym", "GH");
        body.put("description", "Low-emission logistics around the port");
        body.put("leadUnit", Map.of("type", "BOLAG", "name", "Business Region Göteborg AB"));
        body.put("primaryPriorityArea", "BUSINESS_DEVELOPMENT");
        body.put("otherPriorityAreas", List.of("OWN_OPERATIONS"));
        body.put("programme", "INTERREG_OKS");
        body.put("startDate", "2025-01-01");
        body.put("endDate", "2027-12-31");
        body.put("budget", Map.of("currency", "EUR", "total", "1000000.00", "externalGrant", "650000.00",
                "ownContribution", "350000.00", "ownStaffTime", "200000.00"));
        body.put("partners", List.of(Map.of("name", "Bergen kommune", "countryCode", "NO", "city", "Bergen",
                "role", "PARTNER")));
        body.put("benefitForGothenburg", "Contacts and investors for Gothenburg's logistics companies");
        body.put("celexNumbers", List.of("32021R1060"));
        return body;
    }

    public static Map<String, Object> register(RestTestClient http, Map<String, Object> body) {
        return http.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
    }

    public static Map<String, Object> command(RestTestClient http, String id, String command, Object body) {
        var spec = http.post().uri("/api/projects/{id}/{command}", id, command).contentType(MediaType.APPLICATION_JSON);
        return (body == null ? spec : spec.body(body)).exchange().expectStatus().isOk().expectBody(JSON)
                .returnResult().getResponseBody();
    }
}
