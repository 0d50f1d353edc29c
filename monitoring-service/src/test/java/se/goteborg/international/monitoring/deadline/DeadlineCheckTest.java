package se.goteborg.international.monitoring.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.goteborg.international.events.Topics;
import se.goteborg.international.monitoring.alert.SubscriptionKind;
import se.goteborg.international.monitoring.alert.SubscriptionRequest;
import se.goteborg.international.monitoring.alert.SubscriptionService;
import se.goteborg.international.monitoring.assessment.Assessment;
import se.goteborg.international.monitoring.assessment.AssessmentRequest;
import se.goteborg.international.monitoring.assessment.AssessmentService;
import se.goteborg.international.monitoring.assessment.AssessmentStatus;
import se.goteborg.international.monitoring.assessment.Influence;
import se.goteborg.international.monitoring.assessment.Relevance;
import se.goteborg.international.monitoring.consultation.Consultation;
import se.goteborg.international.monitoring.consultation.ConsultationRequest;
import se.goteborg.international.monitoring.consultation.ConsultationService;
import se.goteborg.international.monitoring.legislation.ItemRequest;
import se.goteborg.international.monitoring.legislation.LegislationService;
import se.goteborg.international.monitoring.legislation.WatchedItem;
import se.goteborg.international.testsupport.KafkaTestConsumer;
import se.goteborg.international.testsupport.PlatformIntegrationTest;
import se.goteborg.international.testsupport.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadline warnings at 14 days and when passed, once per deadline, checked with a given clock. */
@PlatformIntegrationTest
class DeadlineCheckTest {

    static final LocalDate TODAY = LocalDate.of(2031, 3, 2);

    @Autowired
    DeadlineCheck check;
    @Autowired
    LegislationService legislation;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ConsultationService consultations;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    JdbcClient jdbc;

    static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @Test
    void anActionDueIn14DaysWarnsItsUnitsOnceAndAgainWhenOverdue() {
        WatchedItem item = legislation.track(new ItemRequest("32019L0901", null, null, null,
                "Directive on deadline testing", null, null, null, null, null, null),
                LegislationService.Origin.MANUAL, "test");
        Assessment a = assessments.assess(item.id(), new AssessmentRequest("Kulturnämnden", Relevance.MEDIUM,
                Influence.LEGAL, "Some impact", "Transpose locally", "Kulturförvaltningen", TODAY.plusDays(10), null,
                null, null), "test");
        Assessment farOff = assessments.assess(item.id(), new AssessmentRequest("Grundskolenämnden", Relevance.LOW,
                Influence.POLITICAL, null, "Read it", null, TODAY.plusDays(40), null, null, null), "test");

        check.check(at(TODAY.minusDays(10)));
        assertThat(alertsFor(a.id())).as("24 days away: nothing yet").isEmpty();

        check.check(at(TODAY));
        assertThat(alertsFor(a.id())).containsExactlyInAnyOrder("Kulturförvaltningen:ACTION_DUE", "Kulturnämnden:ACTION_DUE");
        assertThat(alertsFor(farOff.id())).isEmpty();

        check.check(at(TODAY.plusDays(1)));
        assertThat(alertsFor(a.id())).as("the same condition is not repeated").hasSize(2);

        check.check(at(TODAY.plusDays(11)));
        assertThat(alertsFor(a.id())).contains("Kulturförvaltningen:ACTION_OVERDUE", "Kulturnämnden:ACTION_OVERDUE")
                .hasSize(4);

        try (KafkaTestConsumer events = new KafkaTestConsumer(TestInfrastructure.kafkaBootstrapServers(),
                Topics.MONITORING_EVENTS)) {
            assertThat(events.awaitContaining(a.id().toString(), 2, Duration.ofSeconds(20)))
                    .anyMatch(r -> r.value().contains("se.goteborg.intl.monitoring.action-due.v1"));
            events.awaitRecords(all -> all.stream().anyMatch(r -> r.key().equals(a.id().toString())
                    && r.value().contains("se.goteborg.intl.monitoring.action-overdue.v1")), Duration.ofSeconds(20));
        }
    }

    @Test
    void doneActionsAndAnsweredConsultationsRaiseNothing() {
        WatchedItem item = legislation.track(new ItemRequest("32019R0902", null, null, null,
                "Regulation on finished work", null, null, null, null, null, null),
                LegislationService.Origin.MANUAL, "test");
        Assessment done = assessments.assess(item.id(), new AssessmentRequest("Utbildningsnämnden", Relevance.MEDIUM,
                Influence.LEGAL, null, "Done already", null, TODAY.plusDays(3), AssessmentStatus.DONE, null, null), "test");
        Consultation answered = consultations.open(new ConsultationRequest("Answered consultation", "Ares(2031)" + UUID.randomUUID(),
                TODAY.minusDays(30), TODAY.plusDays(3), List.of("answered"), null, "Stadsledningskontoret", null), "test");
        consultations.respond(answered.id(), se.goteborg.international.monitoring.consultation.ResponseStatus.SUBMITTED,
                null, "test");
        check.check(at(TODAY));
        assertThat(alertsFor(done.id())).isEmpty();
        assertThat(alertsFor(answered.id())).isEmpty();
    }

    @Test
    void aClosingConsultationWarnsItsUnitAndTopicSubscribersThenSaysWhenItClosed() {
        subscriptions.subscribe(new SubscriptionRequest("Trafiknämnden", SubscriptionKind.SUBJECT_AREA, "Urban Freight"));
        Consultation c = consultations.open(new ConsultationRequest("Urban freight logistics (test)",
                "Ares(2031)" + UUID.randomUUID(), TODAY.minusDays(40), TODAY.plusDays(5), List.of("urban freight"),
                null, "Stadsmiljöförvaltningen", null), "test");
        assertThat(alertsFor(c.id())).as("a new consultation matches the subscription")
                .containsExactly("Trafiknämnden:NEW_MATCH");

        DeadlineCheck.Result result = check.check(at(TODAY));
        assertThat(result.closing()).isPositive();
        assertThat(alertsFor(c.id())).contains("Stadsmiljöförvaltningen:CONSULTATION_CLOSING",
                "Trafiknämnden:CONSULTATION_CLOSING");

        check.check(at(TODAY.plusDays(6)));
        assertThat(alertsFor(c.id())).contains("Stadsmiljöförvaltningen:CONSULTATION_CLOSED").hasSize(5);
        check.check(at(TODAY.plusDays(7)));
        assertThat(alertsFor(c.id())).hasSize(5);
    }

    private List<String> alertsFor(UUID subject) {
        return jdbc.sql("select unit || ':' || reason from alert where subject_id = :s order by raised_at, unit")
                .param("s", subject).query(String.class).list();
    }
}
