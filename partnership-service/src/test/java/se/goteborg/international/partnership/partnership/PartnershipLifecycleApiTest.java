package se.goteborg.international.partnership.partnership;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.Topics;
import se.goteborg.international.partnership.ApiFixtures;
import se.goteborg.international.testsupport.KafkaTestConsumer;
import se.goteborg.international.testsupport.TestTokens;
import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static se.goteborg.international.partnership.ApiFixtures.decision;
import static se.goteborg.international.partnership.ApiFixtures.partnerCity;
import static se.goteborg.international.partnership.ApiFixtures.twinCity;

/** Lifecycle commands, optimistic locking and all-or-nothing changes over HTTP. */
@PlatformIntegrationTest
class PartnershipLifecycleApiTest {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnerCityGoesDormantIsReactivatedRenewedAndEndedWithAnEventForEachStep() {
        ApiFixtures api = new ApiFixtures(http);
        String id = (String) api.create(partnerCity("Shanghai", "CN", "2027-12-31")).get("id");
        api.activate(id, "KS");

        command(id, "make-dormant", Map.of("since", "2024-01-01", "reason", "No joint project at present"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("DORMANT")
                .jsonPath("$.dormantSince").isEqualTo("2024-01-01")
                .jsonPath("$.dormantReason").isEqualTo("No joint project at present");
        http.post().uri("/api/partnerships/{id}/reactivate", id).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
        command(id, "renew", Map.of("decision", decision("KS"), "agreementEnd", "2030-12-31", "renewalDue", "2030-06-30"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.agreement.start").isEqualTo("2028-01-01")
                .jsonPath("$.agreement.end").isEqualTo("2030-12-31")
                .jsonPath("$.decisions.length()").isEqualTo(2);
        command(id, "end", Map.of("endedOn", LocalDate.now().toString(), "reason", "The joint projects have ended"))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ENDED")
                .jsonPath("$.version").isEqualTo(5);
        // ENDED is final
        http.post().uri("/api/partnerships/{id}/reactivate", id).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-transition");

        try (KafkaTestConsumer events = new KafkaTestConsumer(TestInfrastructure.kafkaBootstrapServers(),
                Topics.PARTNERSHIP_EVENTS)) {
            List<ConsumerRecord<String, String>> mine = events.awaitRecords(all -> all.stream()
                    .filter(r -> id.equals(r.key())).count() >= 6, Duration.ofSeconds(20))
                    .stream().filter(r -> id.equals(r.key())).toList();
            assertThat(mine).extracting(r -> r.value().replaceAll(".*\"type\":\"se\\.goteborg\\.intl\\.([a-z.-]+)\\.v1\".*", "$1"))
                    .containsExactly("partnership.proposed", "partnership.activated", "partnership.made-dormant",
                            "partnership.reactivated", "partnership.renewed", "partnership.ended");
            assertThat(mine.get(4).value()).contains("\"previousAgreementEnd\":\"2027-12-31\"");
            assertThat(mine.get(5).value()).contains("\"reason\":\"The joint projects have ended\"");
        }
    }

    @Test
    void aRefusedChangeWritesNothing() {
        ApiFixtures api = new ApiFixtures(http);
        Map<String, Object> noBenefit = twinCity("Aarhus", "DK");
        noBenefit.remove("mutualBenefit");
        String id = (String) api.create(noBenefit).get("id");

        command(id, "activate", Map.of("decision", decision("KF")))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody()
                .jsonPath("$.code").isEqualTo("mutual-benefit-required")
                .jsonPath("$.errors[0].field").isEqualTo("mutualBenefit");
        command(id, "make-dormant", Map.of("since", "2024-01-01", "reason", "x"))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);

        assertThat(api.get(id)).containsEntry("status", "PROPOSED").containsEntry("version", 0)
                .containsEntry("decisions", List.of());
        assertThat(outboxRows(id)).isEqualTo(1); // only the proposal
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndAStaleBodyVersionWith409() {
        ApiFixtures api = new ApiFixtures(http);
        String id = (String) api.create(twinCity("Bergen", "NO")).get("id");
        Map<String, Object> edit = twinCity("Bergen", "NO");
        edit.remove("kind");
        edit.put("localName", "Bjørgvin");

        http.put().uri("/api/partnerships/{id}", id).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .header("Authorization", "Bearer " + TestTokens.user("erik.svensson", TestTokens.CITY_OFFICE, "INTERNATIONAL_OFFICE")).body(edit).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.localName").isEqualTo("Bjørgvin");
        assertThat(jdbc.sql("select changed_by from partnership where id = cast(:id as uuid)").param("id", id)
                .query(String.class).single()).isEqualTo("erik.svensson");

        http.put().uri("/api/partnerships/{id}", id).contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .body(edit).exchange()
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("stale-version");
        command(id, "activate", Map.of("decision", decision("KF")), "\"0\"")
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);

        edit.put("version", 0);
        http.put().uri("/api/partnerships/{id}", id).contentType(MediaType.APPLICATION_JSON).body(edit).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("version-conflict");
        assertThat(new ApiFixtures(http).get(id)).containsEntry("version", 1);
    }

    @Test
    void anActivePartnershipCannotBeEditedOutOfTheRules() {
        ApiFixtures api = new ApiFixtures(http);
        String id = (String) api.create(partnerCity("Nelson Mandela Bay", "ZA", "2029-12-31")).get("id");
        api.activate(id, "KS");
        Map<String, Object> edit = partnerCity("Nelson Mandela Bay", "ZA", "2029-12-31");
        edit.remove("kind");
        edit.remove("agreement");
        http.put().uri("/api/partnerships/{id}", id).contentType(MediaType.APPLICATION_JSON).body(edit).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody()
                .jsonPath("$.code").isEqualTo("partner-city-needs-end-date")
                .jsonPath("$.errors[0].field").isEqualTo("agreement.end");
        assertThat(outboxRows(id)).isEqualTo(2);
    }

    private RestTestClient.ResponseSpec command(String id, String command, Map<String, Object> body) {
        return command(id, command, body, null);
    }

    private RestTestClient.ResponseSpec command(String id, String command, Map<String, Object> body, String ifMatch) {
        var request = http.post().uri("/api/partnerships/{id}/" + command, id).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.body(body).exchange();
    }

    private long outboxRows(String id) {
        return jdbc.sql("select count(*) from platform.outbox_event where message_key = :id").param("id", id)
                .query(Long.class).single();
    }
}
