package se.goteborg.international.partnership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Test-data builders with sensible defaults for the partnership API. */
public final class ApiFixtures {

    public static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() { };

    private final RestTestClient http;

    public ApiFixtures(RestTestClient http) {
        this.http = http;
    }

    /** A complete twin-city proposal: everything activation needs except the decision. */
    public static Map<String, Object> twinCity(String city, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "TWIN_CITY");
        body.put("cityName", city);
        body.put("countryCode", country);
        body.put("priorityAreas", List.of("OWN_OPERATIONS"));
        body.put("cooperationAreas", List.of("CULTURE", "SCHOOL"));
        body.put("mutualBenefit", "Nordic exchange that gives Gothenburg's schools new methods");
        body.put("responsibleUnit", "Stadsledningskontoret");
        return body;
    }

    public static Map<String, Object> partnerCity(String city, String country, String agreementEnd) {
        Map<String, Object> body = twinCity(city, country);
        body.put("kind", "PARTNER_CITY");
        body.put("priorityAreas", List.of("BUSINESS_DEVELOPMENT"));
        body.put("agreement", Map.of("start", "2025-01-01", "end", agreementEnd));
        return body;
    }

    public static Map<String, Object> decision(String body) {
        return Map.of("body", body, "decidedOn", "2025-03-13", "caseReference", body + " 2025/00123");
    }

    public Map<String, Object> create(Map<String, Object> body) {
        return http.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    public Map<String, Object> activate(String id, String decisionBody) {
        return http.post().uri("/api/partnerships/{id}/activate", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("decision", decision(decisionBody))).exchange()
                .expectStatus().isOk().expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    public Map<String, Object> get(String id) {
        return http.get().uri("/api/partnerships/{id}", id).exchange().expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }
}
