package se.goteborg.international.partnership.projectlink;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.Topics;
import se.goteborg.international.events.contract.project.ProjectEvents;
import se.goteborg.international.events.contract.project.ProjectRegistered;
import se.goteborg.international.events.contract.project.ProjectSnapshot;
import se.goteborg.international.events.contract.project.ProjectStatusChanged;
import se.goteborg.international.events.envelope.EventCodec;
import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.partnership.ApiFixtures;
import se.goteborg.international.testsupport.PlatformIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.goteborg.international.partnership.ApiFixtures.twinCity;

/** Project-service's events, produced as it would, build the partnership's list of linked projects. */
@PlatformIntegrationTest
class ProjectLinksTest {

    @Autowired
    RestTestClient http;

    @Autowired
    EventCodec codec;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Test
    void projectsWithAPartnerInThePartnershipAreShownOnItAndFollowTheProjectsChanges() throws Exception {
        ApiFixtures api = new ApiFixtures(http);
        String bergen = (String) api.create(twinCity("Bergen", "NO")).get("id");
        String aarhus = (String) api.create(twinCity("Aarhus", "DK")).get("id");
        UUID projectId = UUID.randomUUID();
        Instant t0 = Instant.now();

        EventEnvelope registered = codec.wrap(ProjectEvents.REGISTERED, projectId.toString(),
                new ProjectRegistered(projectId, project(projectId, "IDEA", List.of(
                        partner("Bergen kommune", "NO", UUID.fromString(bergen)),
                        partner("Bergen Havn", "NO", UUID.fromString(bergen)),
                        partner("Aarhus Kommune", "DK", UUID.fromString(aarhus)),
                        partner("Hamburg Port Authority", "DE", null)))), t0);
        send(registered);
        send(registered); // delivered twice, applied once

        Map<String, Object> linked = awaitPartnership(bergen, p -> !((List<?>) p.get("linkedProjects")).isEmpty());
        assertThat((List<?>) linked.get("linkedProjects")).singleElement().isEqualTo(Map.of(
                "projectId", projectId.toString(), "title", "Green Ports", "status", "IDEA",
                "partnerNames", List.of("Bergen kommune", "Bergen Havn")));
        assertThat(api.get(aarhus).get("linkedProjects")).asList().hasSize(1);

        // the project moves on and drops its Aarhus partner: Aarhus loses the link, Bergen sees the new status
        send(codec.wrap(ProjectEvents.STATUS_CHANGED, projectId.toString(), new ProjectStatusChanged(projectId, "IDEA",
                "APPLICATION_SUBMITTED", null, project(projectId, "APPLICATION_SUBMITTED", List.of(
                        partner("Bergen kommune", "NO", UUID.fromString(bergen))))), t0.plusSeconds(1)));
        awaitPartnership(bergen, p -> ((List<?>) p.get("linkedProjects")).toString().contains("APPLICATION_SUBMITTED"));
        assertThat(api.get(aarhus).get("linkedProjects")).asList().isEmpty();

        // an older event replayed later does not bring the old state back
        send(codec.wrap(ProjectEvents.REGISTERED, projectId.toString(), new ProjectRegistered(projectId,
                project(projectId, "IDEA", List.of(partner("Aarhus Kommune", "DK", UUID.fromString(aarhus))))),
                t0.minusSeconds(60)));
        awaitProcessed(3); // the duplicate delivery counts once
        assertThat(api.get(aarhus).get("linkedProjects")).asList().isEmpty();
        assertThat(jdbc.sql("select count(*) from platform.processed_event where event_id = :id")
                .param("id", registered.id()).query(Long.class).single()).isEqualTo(1);
    }

    private void send(EventEnvelope envelope) throws Exception {
        kafka.send(Topics.PROJECT_EVENTS, envelope.subject(), codec.write(envelope)).get();
    }

    private Map<String, Object> awaitPartnership(String id, Predicate<Map<String, Object>> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Map<String, Object> p = new ApiFixtures(http).get(id);
            if (done.test(p)) {
                return p;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("partnership " + id + " never reached the expected state: " + p);
            }
            Thread.sleep(100);
        }
    }

    private void awaitProcessed(long projectEvents) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (jdbc.sql("select count(*) from platform.processed_event where topic = :t").param("t", Topics.PROJECT_EVENTS)
                .query(Long.class).single() < projectEvents) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("project events were not processed");
            }
            Thread.sleep(100);
        }
    }

    private static ProjectSnapshot.Partner partner(String name, String country, UUID partnershipId) {
        return new ProjectSnapshot.Partner(name, country, null, "PARTNER", partnershipId);
    }

    private static ProjectSnapshot project(UUID id, String status, List<ProjectSnapshot.Partner> partners) {
        return new ProjectSnapshot(id, "Green Ports", "GP", status, "INTERREG_NORTH_SEA", true, null, "BOLAG",
                "Göteborgs Hamn AB", "BUSINESS_DEVELOPMENT", List.of(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), "EUR", new BigDecimal("1000000"), new BigDecimal("600000"),
                new BigDecimal("400000"), new BigDecimal("100000"), new BigDecimal("0.6000"), null, null, null,
                "Example benefit", partners, List.of(), List.of(), false, 0);
    }
}
