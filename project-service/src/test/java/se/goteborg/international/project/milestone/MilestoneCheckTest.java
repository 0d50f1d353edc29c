package se.goteborg.international.project.milestone;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.events.Topics;
import se.goteborg.international.testsupport.KafkaTestConsumer;
import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static se.goteborg.international.project.ProjectFixtures.JSON;
import static se.goteborg.international.project.ProjectFixtures.project;
import static se.goteborg.international.project.ProjectFixtures.register;

@PlatformIntegrationTest
class MilestoneCheckTest {

    @Autowired
    RestTestClient http;
    @Autowired
    MilestoneService milestones;

    private String milestone(String projectId, String title, String due) {
        return (String) http.post().uri("/api/projects/{id}/milestones", projectId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", title, "kind", "REPORTING_DEADLINE", "dueDate", due)).exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("id");
    }

    @Test
    void dueSoonAndOverdueAreAnnouncedOnceEach() {
        String projectId = (String) register(http, project("Milestones")).get("id");
        String soon = milestone(projectId, "Interim report", "2040-03-14");     // 13 days after the check day
        String late = milestone(projectId, "Kick-off minutes", "2040-02-28");   // 2 days before
        String far = milestone(projectId, "Final report", "2040-03-16");       // 15 days: not yet
        String done = milestone(projectId, "Already delivered", "2040-02-20");
        http.post().uri("/api/projects/{p}/milestones/{m}/done", projectId, done).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("doneOn", "2040-02-19")).exchange().expectStatus().isOk();

        LocalDate checkDay = LocalDate.of(2040, 3, 1);
        assertThat(milestones.announceDueAndOverdue(checkDay)).isEqualTo(2);
        assertThat(milestones.announceDueAndOverdue(checkDay)).as("nothing twice").isZero();
        assertThat(milestones.announceDueAndOverdue(checkDay.plusDays(1))).as("the far one enters the window").isEqualTo(1);
        // the one that was due soon becomes overdue: a new condition, announced once
        assertThat(milestones.announceDueAndOverdue(LocalDate.of(2040, 3, 20))).isEqualTo(2);
        assertThat(milestones.announceDueAndOverdue(LocalDate.of(2040, 3, 21))).isZero();

        try (KafkaTestConsumer events = new KafkaTestConsumer(TestInfrastructure.kafkaBootstrapServers(),
                Topics.PROJECT_EVENTS)) {
            List<String> values = events.awaitRecords(all -> all.stream().filter(r -> r.value().contains(projectId)
                    && r.value().contains("project.milestone-")).count() >= 5, Duration.ofSeconds(20))
                    .stream().map(ConsumerRecord::value).filter(v -> v.contains("project.milestone-")
                            && v.contains(projectId)).toList();
            assertThat(values).hasSize(5);
            assertThat(values).anyMatch(v -> v.contains("milestone-due-soon.v1") && v.contains(soon) && v.contains("\"daysLeft\":13"));
            assertThat(values).anyMatch(v -> v.contains("milestone-overdue.v1") && v.contains(late) && v.contains("\"daysOverdue\":2"));
            assertThat(values).anyMatch(v -> v.contains("milestone-due-soon.v1") && v.contains(far));
            assertThat(values).noneMatch(v -> v.contains(done));
        }
    }
}
