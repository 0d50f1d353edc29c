package se.goteborg.international.partnership.membership;

import java.time.Duration;
import java.util.HashMap;
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
import static se.goteborg.international.partnership.ApiFixtures.JSON_OBJECT;
import static se.goteborg.international.partnership.ApiFixtures.decision;

@PlatformIntegrationTest
class MembershipApiTest {

    @Autowired
    RestTestClient http;

    @Test
    void aMembershipIsRefusedActivationWithoutPurposeThenActivatedEditedAndEnded() {
        Map<String, Object> body = new HashMap<>(Map.of("organisation", "POLIS", "yearlyCost", "45000.50",
                "currency", "SEK", "responsibleUnit", "Stadsmiljöförvaltningen"));
        String id = (String) http.post().uri("/api/memberships").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated().expectBody(JSON_OBJECT).returnResult().getResponseBody().get("id");

        post(id, "activate", Map.of("decision", decision("KS")))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("membership-needs-purpose")
                .jsonPath("$.errors[0].field").isEqualTo("purpose");
        post(id, "activate", Map.of())
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.code").isEqualTo("membership-needs-decision");

        body.put("purpose", "Sustainable urban mobility: shared EU projects and influence on transport policy");
        http.put().uri("/api/memberships/{id}", id).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .body(body).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
        http.put().uri("/api/memberships/{id}", id).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .body(body).exchange()
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
        post(id, "activate", Map.of("decision", decision("KS")))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("ACTIVE")
                .jsonPath("$.yearlyCost").isEqualTo(45000.50);
        post(id, "end", Map.of("endedOn", "2025-01-31"))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        post(id, "end", Map.of("endedOn", "2025-01-31", "reason", "Covered by Eurocities' mobility forum"))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ENDED");

        http.get().uri("/api/memberships?status=ENDED&q=polis").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[*].id").isEqualTo(List.of(id));

        try (KafkaTestConsumer events = new KafkaTestConsumer(TestInfrastructure.kafkaBootstrapServers(),
                Topics.PARTNERSHIP_EVENTS)) {
            List<ConsumerRecord<String, String>> mine = events.awaitRecords(all -> all.stream()
                    .filter(r -> id.equals(r.key())).count() >= 4, Duration.ofSeconds(20))
                    .stream().filter(r -> id.equals(r.key())).toList();
            assertThat(mine).extracting(r -> r.value().replaceAll(".*\"type\":\"se\\.goteborg\\.intl\\.([a-z.-]+)\\.v1\".*", "$1"))
                    .containsExactly("membership.registered", "membership.updated", "membership.activated",
                            "membership.ended");
            assertThat(mine.get(2).value()).contains("\"yearlyCost\":45000.50").contains("\"currency\":\"SEK\"");
        }
    }

    @Test
    void badMembershipInputIsRefused() {
        http.post().uri("/api/memberships").contentType(MediaType.APPLICATION_JSON)
                .body("{\"organisation\":\"ICLEI\",\"yearlyCost\":\"lots\",\"currency\":\"EUR\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("yearlyCost");
        http.post().uri("/api/memberships").contentType(MediaType.APPLICATION_JSON)
                .body("{\"organisation\":\"ICLEI\",\"yearlyCost\":100,\"currency\":\"ZZZ\"}").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("currency");
        http.post().uri("/api/memberships").contentType(MediaType.APPLICATION_JSON)
                .body("{\"organisation\":\"ICLEI\",\"yearlyCost\":100.123,\"currency\":\"EUR\",\"reviewDate\":\"2026-13-01\"}").exchange()
                .expectStatus().isBadRequest();
        http.get().uri("/api/memberships/5b0e1c3e-0000-4000-8000-000000000000").exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");
    }

    private RestTestClient.ResponseSpec post(String id, String command, Map<String, Object> body) {
        return http.post().uri("/api/memberships/{id}/" + command, id).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange();
    }
}
