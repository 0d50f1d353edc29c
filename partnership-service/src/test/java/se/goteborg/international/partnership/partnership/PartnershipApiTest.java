package se.goteborg.international.partnership.partnership;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.Topics;
import se.goteborg.international.testsupport.KafkaTestConsumer;
import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformIntegrationTest
class PartnershipApiTest {

    @Autowired
    RestTestClient http;

    @Test
    void proposingAPartnershipStoresItAndPublishesItsEvent() {
        Map<String, Object> created = http.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "TWIN_CITY", "cityName", "Bergen", "countryCode", "NO"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().exists("Location")
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
        assertThat(created).containsEntry("status", "PROPOSED").containsEntry("kind", "TWIN_CITY");
        String id = (String) created.get("id");

        http.get().uri("/api/partnerships/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.cityName").isEqualTo("Bergen");

        try (KafkaTestConsumer events = new KafkaTestConsumer(TestInfrastructure.kafkaBootstrapServers(),
                Topics.PARTNERSHIP_EVENTS)) {
            List<ConsumerRecord<String, String>> records = events.awaitContaining(id, 1, Duration.ofSeconds(20));
            ConsumerRecord<String, String> record = records.get(0);
            assertThat(record.key()).isEqualTo(id);
            assertThat(record.value())
                    .contains("\"type\":\"se.goteborg.intl.partnership.proposed.v1\"")
                    .contains("\"subject\":\"" + id + "\"")
                    .contains("\"specversion\":\"1.0\"");
        }
    }

    @Test
    void anUnknownCountryIsRefusedWithProblemJsonNamingTheField() {
        http.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "PARTNER_CITY", "cityName", "Atlantis", "countryCode", "XX"))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("unknown-country")
                .jsonPath("$.errors[0].field").isEqualTo("countryCode");
    }

    @Test
    void malformedRequestsAreRefusedWithProblemJson() {
        http.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON)
                .body("{\"kind\":\"TWIN_CITY\",\"cityName\":\"Turku\",\"countryCode\":\"FI\",\"mayor\":\"x\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("mayor");
        http.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON)
                .body("{\"kind\":\"SISTER_CITY\",\"cityName\":\"Turku\",\"countryCode\":\"FI\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
        http.post().uri("/api/partnerships").contentType(MediaType.APPLICATION_JSON)
                .body("{\"kind\":\"TWIN_CITY\",\"countryCode\":\"fi\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2);
        http.get().uri("/api/partnerships/not-a-uuid").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
        http.get().uri("/api/partnerships/5b0e1c3e-0000-4000-8000-000000000000").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("not-found");
    }
}
