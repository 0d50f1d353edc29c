package se.goteborg.international.partnership.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.goteborg.international.partnership.shared.Decision;
import se.goteborg.international.partnership.shared.DecisionBody;
import se.goteborg.international.partnership.shared.PriorityArea;
import se.goteborg.international.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The policy's rules on partnerships, as plain unit tests of the domain. */
class PartnershipRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final Decision KF = new Decision(DecisionBody.KF, LocalDate.of(2025, 3, 13), "KF 2025/00123");
    static final Decision KS = new Decision(DecisionBody.KS, LocalDate.of(2025, 3, 1), "KS 2025/01234");

    static PartnershipProfile profile(String benefit, Set<PriorityArea> areas, AgreementTerms terms) {
        return new PartnershipProfile(new City("Bergen", null, "NO", new BigDecimal("60.39"), new BigDecimal("5.32")),
                areas, Set.of("CULTURE"), benefit, "Stadsledningskontoret", List.of(), "every second year", terms);
    }

    static PartnershipProfile complete() {
        return profile("Exchange that gives Gothenburg's schools new methods", Set.of(PriorityArea.OWN_OPERATIONS),
                new AgreementTerms(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), LocalDate.of(2027, 6, 30)));
    }

    static Partnership proposed(PartnershipKind kind, PartnershipProfile p) {
        return Partnership.propose(kind, p, Instant.parse("2025-01-10T10:00:00Z"));
    }

    static Partnership active(PartnershipKind kind) {
        return proposed(kind, complete()).activate(KF, null, TODAY);
    }

    static void assertRule(Runnable change, String code, String field, String words) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.getMessage()).contains(words);
            assertThat(v.isTransition()).isFalse();
        });
    }

    static void assertTransitionRefused(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.isTransition()).isTrue());
    }

    // --- activation ---

    @Test
    void aTwinCityBecomesActiveOnlyWithACityCouncilDecision() {
        Partnership p = proposed(PartnershipKind.TWIN_CITY, complete());
        assertRule(() -> p.activate(KS, null, TODAY), "twin-city-needs-kf-decision", "decision.body",
                "a twin city needs a decision by the city council (KF)");
        assertRule(() -> p.activate(null, null, TODAY), "twin-city-needs-kf-decision", "decision",
                "city council (KF)");
        Partnership activated = p.activate(KF, null, TODAY);
        assertThat(activated.status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(activated.decisions()).containsExactly(KF);
        assertThat(activated.version()).isEqualTo(p.version() + 1);
    }

    @Test
    void aPartnerCityNeedsAKsOrKfDecision() {
        Partnership p = proposed(PartnershipKind.PARTNER_CITY, complete());
        assertRule(() -> p.activate(null, null, TODAY), "partner-city-needs-decision", "decision",
                "executive board (KS) or the city council (KF)");
        assertThat(p.activate(KS, null, TODAY).status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(p.activate(KF, null, TODAY).status()).isEqualTo(PartnershipStatus.ACTIVE);
    }

    @Test
    void aPartnerCityNeedsAnAgreementEndDate() {
        Partnership noEnd = proposed(PartnershipKind.PARTNER_CITY, complete().withAgreement(AgreementTerms.NONE));
        assertRule(() -> noEnd.activate(KS, null, TODAY), "partner-city-needs-end-date", "agreement.end",
                "agreement end date");
        // the end date may come with the activation itself
        Partnership activated = noEnd.activate(KS, new AgreementTerms(null, LocalDate.of(2028, 1, 1), null), TODAY);
        assertThat(activated.profile().agreement().end()).isEqualTo(LocalDate.of(2028, 1, 1));
        // a twin city is a long-term bond: no end date needed
        assertThat(proposed(PartnershipKind.TWIN_CITY, complete().withAgreement(AgreementTerms.NONE))
                .activate(KF, null, TODAY).status()).isEqualTo(PartnershipStatus.ACTIVE);
    }

    @Test
    void nothingBecomesActiveWithoutAMutualBenefitStatement() {
        Partnership p = proposed(PartnershipKind.TWIN_CITY, profile("   ", Set.of(PriorityArea.OWN_OPERATIONS), null));
        assertRule(() -> p.activate(KF, null, TODAY), "mutual-benefit-required", "mutualBenefit", "mutual benefit");
    }

    @Test
    void nothingBecomesActiveWithoutAPriorityArea() {
        Partnership p = proposed(PartnershipKind.TWIN_CITY, profile("benefit", Set.of(), null));
        assertRule(() -> p.activate(KF, null, TODAY), "priority-area-required", "priorityAreas", "priority area");
    }

    @Test
    void aDecisionCannotBeDatedInTheFuture() {
        Decision future = new Decision(DecisionBody.KF, TODAY.plusDays(1), "KF 2025/9");
        assertRule(() -> proposed(PartnershipKind.TWIN_CITY, complete()).activate(future, null, TODAY),
                "decision-in-future", "decision.decidedOn", "in the future");
    }

    @Test
    void anExpiredAgreementCannotBeActivated() {
        Partnership p = proposed(PartnershipKind.PARTNER_CITY, complete());
        assertRule(() -> p.activate(KS, new AgreementTerms(null, TODAY.minusDays(1), null), TODAY),
                "agreement-expired", "agreement.end", "renew it");
    }

    @Test
    void onlyAProposalCanBeActivated() {
        Partnership p = active(PartnershipKind.TWIN_CITY);
        assertTransitionRefused(() -> p.activate(KF, null, TODAY));
    }

    // --- lifecycle ---

    @Test
    void aDormantRelationshipRecordsSinceWhenAndWhy() {
        Partnership p = active(PartnershipKind.PARTNER_CITY);
        assertRule(() -> p.makeDormant(null, "no activity", TODAY), "dormant-since-required", "since", "since when");
        assertRule(() -> p.makeDormant(TODAY, " ", TODAY), "dormant-reason-required", "reason", "why");
        assertRule(() -> p.makeDormant(TODAY.plusDays(3), "x", TODAY), "dormant-since-in-future", "since", "future");
        Partnership dormant = p.makeDormant(LocalDate.of(2024, 1, 1), "  no joint activity  ", TODAY);
        assertThat(dormant.status()).isEqualTo(PartnershipStatus.DORMANT);
        assertThat(dormant.dormantSince()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(dormant.dormantReason()).isEqualTo("no joint activity");
    }

    @Test
    void dormantAndActiveGoBothWays() {
        Partnership dormant = active(PartnershipKind.TWIN_CITY).makeDormant(TODAY, "pause", TODAY);
        Partnership again = dormant.reactivate(TODAY);
        assertThat(again.status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(again.dormantSince()).isNull();
        assertTransitionRefused(() -> again.reactivate(TODAY));
        assertTransitionRefused(() -> proposed(PartnershipKind.TWIN_CITY, complete()).makeDormant(TODAY, "x", TODAY));
    }

    @Test
    void endedNeedsADateAndAReason() {
        Partnership p = active(PartnershipKind.PARTNER_CITY);
        assertRule(() -> p.end(null, "projects over", null, TODAY), "end-date-required", "endedOn", "date");
        assertRule(() -> p.end(TODAY, "", null, TODAY), "end-reason-required", "reason", "reason");
        assertRule(() -> p.end(TODAY.plusDays(1), "x", null, TODAY), "end-date-in-future", "endedOn", "future");
        Partnership ended = p.end(TODAY, "projects over", null, TODAY);
        assertThat(ended.status()).isEqualTo(PartnershipStatus.ENDED);
        assertThat(ended.endedOn()).isEqualTo(TODAY);
        assertThat(ended.endedReason()).isEqualTo("projects over");
    }

    @Test
    void aTwinCityEndsOnlyByANewCityCouncilDecision() {
        Partnership p = active(PartnershipKind.TWIN_CITY);
        assertRule(() -> p.end(TODAY, "x", KS, TODAY), "twin-city-end-needs-kf-decision", "decision", "(KF)");
        assertThat(p.end(TODAY, "x", KF, TODAY).decisions()).hasSize(2);
    }

    @Test
    void anEndedPartnershipIsFinal() {
        Partnership ended = active(PartnershipKind.PARTNER_CITY).end(TODAY, "over", null, TODAY);
        assertTransitionRefused(() -> ended.reactivate(TODAY));
        assertTransitionRefused(() -> ended.makeDormant(TODAY, "x", TODAY));
        assertTransitionRefused(() -> ended.renew(KS, null, TODAY.plusYears(3), null, TODAY));
        assertTransitionRefused(() -> ended.end(TODAY, "again", null, TODAY));
        assertTransitionRefused(() -> ended.update(complete()));
        assertTransitionRefused(() -> proposed(PartnershipKind.PARTNER_CITY, complete()).end(TODAY, "x", null, TODAY));
    }

    @Test
    void renewingNeedsTheRightBodyAndALaterEnd() {
        Partnership p = active(PartnershipKind.PARTNER_CITY);
        assertRule(() -> p.renew(null, null, LocalDate.of(2030, 12, 31), null, TODAY), "partner-city-needs-decision",
                "decision", "KS");
        assertRule(() -> p.renew(KS, null, LocalDate.of(2027, 12, 31), null, TODAY), "renewal-not-later",
                "agreementEnd", "after the current one");
        assertRule(() -> active(PartnershipKind.TWIN_CITY).renew(KS, null, LocalDate.of(2030, 1, 1), null, TODAY),
                "twin-city-needs-kf-decision", "decision.body", "city council (KF)");
        Partnership renewed = p.renew(KS, null, LocalDate.of(2030, 12, 31), LocalDate.of(2030, 6, 30), TODAY);
        assertThat(renewed.profile().agreement())
                .isEqualTo(new AgreementTerms(LocalDate.of(2028, 1, 1), LocalDate.of(2030, 12, 31), LocalDate.of(2030, 6, 30)));
        assertThat(renewed.decisions()).hasSize(2);
    }

    @Test
    void anActivePartnershipKeepsMeetingTheRulesWhenEdited() {
        Partnership p = active(PartnershipKind.PARTNER_CITY);
        assertRule(() -> p.update(profile(null, Set.of(PriorityArea.OWN_OPERATIONS), complete().agreement())),
                "mutual-benefit-required", "mutualBenefit", "mutual benefit");
        assertRule(() -> p.update(complete().withAgreement(AgreementTerms.NONE)), "partner-city-needs-end-date",
                "agreement.end", "end date");
        // a proposal may be incomplete
        Partnership draft = proposed(PartnershipKind.PARTNER_CITY, complete());
        assertThat(draft.update(profile(null, Set.of(), null)).version()).isEqualTo(1);
    }

    @Test
    void activitiesCannotBeDatedAfterThePartnershipEnded() {
        Partnership ended = active(PartnershipKind.PARTNER_CITY).end(TODAY, "over", null, TODAY);
        assertRule(() -> ended.requireAcceptsActivityOn(TODAY.plusDays(1)), "activity-after-end", "startDate", "ended");
        ended.requireAcceptsActivityOn(TODAY);
    }

    // --- values ---

    @Test
    void theCityNeedsAKnownCountryAndSaneCoordinates() {
        assertRule(() -> new City("Atlantis", null, "XX", null, null), "unknown-country", "countryCode", "ISO 3166-1");
        assertRule(() -> new City("X", null, "NO", new BigDecimal("91"), BigDecimal.ONE), "latitude-out-of-range",
                "latitude", "-90 and 90");
        assertRule(() -> new City("X", null, "NO", BigDecimal.ONE, null), "coordinates-incomplete", "longitude", "both");
    }

    @Test
    void agreementDatesMustBeInOrder() {
        assertRule(() -> new AgreementTerms(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1), null),
                "agreement-ends-before-start", "agreement.end", "before it starts");
        assertRule(() -> new AgreementTerms(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1)),
                "renewal-after-end", "agreement.renewalDue", "no later than");
    }

    @Test
    void anActivityNeedsAPriorityAreaAndDatesInOrder() {
        assertRule(() -> new Activity(null, null, ActivityType.VISIT, "Visit", TODAY, null, null, null, null, null,
                null, null, Set.of(), Instant.EPOCH, "x"), "activity-priority-area-required", "priorityAreas", "priority area");
        assertRule(() -> new Activity(null, null, ActivityType.VISIT, "Visit", TODAY, TODAY.minusDays(1), null, null,
                null, null, null, null, Set.of(PriorityArea.OWN_OPERATIONS), Instant.EPOCH, "x"),
                "activity-ends-before-start", "endDate", "before it starts");
    }
}
