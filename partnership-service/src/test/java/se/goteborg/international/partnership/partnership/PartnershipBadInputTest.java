package se.goteborg.international.partnership.partnership;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.partnership.ApiFixtures;
import se.goteborg.international.testsupport.PlatformIntegrationTest;

import static se.goteborg.international.partnership.ApiFixtures.twinCity;

/** Every kind of bad request gets a problem+json naming the field; never a 500. */
@PlatformIntegrationTest
class PartnershipBadInputTest {

    @Autowired
    RestTestClient http;

    @Test
    void anUnknownCountryIsRefusedWithProblemJsonNamingTheField() {
        post("/api/partnerships", "{\"kind\":\"PARTNER_CITY\",\"cityName\":\"Atlantis\",\"countryCode\":\"XX\"}")
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("unknown-country")
                .jsonPath("$.errors[0].field").isEqualTo("countryCode");
    }

    @Test
    void unknownFieldsWrongTypesAndMissingFieldsAre400() {
        badRequest("/api/partnerships", "{\"kind\":\"TWIN_CITY\",\"cityName\":\"Turku\",\"countryCode\":\"FI\",\"mayor\":\"x\"}", "mayor");
        badRequest("/api/partnerships", "{\"kind\":\"SISTER_CITY\",\"cityName\":\"Turku\",\"countryCode\":\"FI\"}", "kind");
        badRequest("/api/partnerships", "{\"kind\":\"TWIN_CITY\",\"cityName\":\"Turku\",\"countryCode\":\"FI\",\"latitude\":\"north\"}", "latitude");
        badRequest("/api/partnerships", "{\"kind\":\"TWIN_CITY\",\"cityName\":\"Turku\",\"countryCode\":\"FI\",\"priorityAreas\":\"OWN_OPERATIONS\"}", "priorityAreas");
        badRequest("/api/partnerships", "{\"kind\":\"TWIN_CITY\",\"cityName\":\"Turku\",\"countryCode\":\"FI\",\"priorityAreas\":[\"WORLD_PEACE\"]}", "priorityAreas[0]");
        badRequest("/api/partnerships", "{\"kind\":\"TWIN_CITY\",\"cityName\":\"Turku\",\"countryCode\":\"FI\",\"latitude\":91,\"longitude\":0}", "latitude");
        badRequest("/api/partnerships", "{\"kind\":\"TWIN_CITY\",\"cityName\":\"Turku\",\"countryCode\":\"FI\",\"contacts\":[{\"name\":\"A\",\"email\":\"not-an-address\"}]}", "contacts[0].email");
        badRequest("/api/partnerships", "{\"kind\":\"TWIN_CITY\",\"cityName\":\"Turku\",", "body");
        post("/api/partnerships", "{\"kind\":\"TWIN_CITY\",\"countryCode\":\"fi\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2);
        http.get().uri("/api/partnerships/not-a-uuid").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
        http.get().uri("/api/partnerships/5b0e1c3e-0000-4000-8000-000000000000").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("not-found");
        post("/api/partnerships/5b0e1c3e-0000-4000-8000-000000000000/activate", "{}")
                .expectStatus().isNotFound();
    }

    @Test
    void oversizedTextIsRefused() {
        String huge = "x".repeat(4001);
        badRequest("/api/partnerships", "{\"kind\":\"TWIN_CITY\",\"cityName\":\"" + "y".repeat(201) + "\",\"countryCode\":\"FI\"}", "cityName");
        badRequest("/api/partnerships", "{\"kind\":\"TWIN_CITY\",\"cityName\":\"Turku\",\"countryCode\":\"FI\",\"mutualBenefit\":\"" + huge + "\"}", "mutualBenefit");
        http.get().uri("/api/partnerships?q=" + "z".repeat(201)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
    }

    @Test
    void impossibleAndDisorderedDatesAreRefused() {
        String id = (String) new ApiFixtures(http).create(twinCity("Datetown", "NO")).get("id");
        badRequest("/api/partnerships/" + id + "/activate",
                "{\"decision\":{\"body\":\"KF\",\"decidedOn\":\"2025-02-30\",\"caseReference\":\"KF 2025/1\"}}", "decision.decidedOn");
        badRequest("/api/partnerships/" + id + "/activate",
                "{\"decision\":{\"body\":\"KF\",\"decidedOn\":\"yesterday\",\"caseReference\":\"KF 2025/1\"}}", "decision.decidedOn");
        badRequest("/api/partnerships/" + id + "/activate",
                "{\"decision\":{\"body\":\"XX\",\"decidedOn\":\"2025-01-01\",\"caseReference\":\"KF 2025/1\"}}", "decision.body");
        post("/api/partnerships", "{\"kind\":\"PARTNER_CITY\",\"cityName\":\"Lyon\",\"countryCode\":\"FR\","
                + "\"agreement\":{\"start\":\"2025-01-01\",\"end\":\"2024-01-01\"}}")
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("agreement.end");
        post("/api/partnerships/" + id + "/activate",
                "{\"decision\":{\"body\":\"KF\",\"decidedOn\":\"2999-01-01\",\"caseReference\":\"KF 2999/1\"}}")
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.code").isEqualTo("decision-in-future");
        post("/api/partnerships/" + id + "/activities", "{\"type\":\"VISIT\",\"title\":\"Visit\",\"startDate\":\"2025-05-02\","
                + "\"endDate\":\"2025-05-01\",\"priorityAreas\":[\"OWN_OPERATIONS\"]}")
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("endDate");
    }

    @Test
    void badQueryParametersAre400() {
        http.get().uri("/api/partnerships?kind=VILLAGE").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
        http.get().uri("/api/partnerships?country=Norway").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("country");
        http.get().uri("/api/partnerships?size=500").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        http.get().uri("/api/partnerships?page=-1").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("page");
    }

    private RestTestClient.ResponseSpec post(String uri, String body) {
        return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private void badRequest(String uri, String body, String field) {
        post(uri, body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-request")
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
