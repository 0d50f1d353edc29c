package se.goteborg.international.partnership.membership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.goteborg.international.partnership.shared.Decision;
import se.goteborg.international.partnership.shared.DecisionBody;
import se.goteborg.international.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The policy's rules on memberships, as plain unit tests of the domain. */
class MembershipRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final Decision KS = new Decision(DecisionBody.KS, LocalDate.of(2025, 2, 1), "KS 2025/00077");

    static Membership proposed(String purpose, BigDecimal cost) {
        return Membership.register(new MembershipDetails("Eurocities", purpose, cost, cost == null ? null : "SEK",
                "Stadsledningskontoret", LocalDate.of(2027, 1, 1)), Instant.EPOCH);
    }

    static void assertRule(Runnable change, String code, String field) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.field()).isEqualTo(field);
        });
    }

    @Test
    void noActiveMembershipWithoutADecision() {
        assertRule(() -> proposed("Influence EU urban policy", BigDecimal.TEN).activate(null, TODAY),
                "membership-needs-decision", "decision");
    }

    @Test
    void noActiveMembershipWithoutAStatedPurpose() {
        assertRule(() -> proposed(" ", BigDecimal.TEN).activate(KS, TODAY), "membership-needs-purpose", "purpose");
    }

    @Test
    void noActiveMembershipWithoutAStatedCost() {
        assertRule(() -> proposed("purpose", null).activate(KS, TODAY), "membership-needs-cost", "yearlyCost");
        assertThat(proposed("purpose", BigDecimal.ZERO).activate(KS, TODAY).status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void anActiveMembershipKeepsItsPurposeWhenEdited() {
        Membership active = proposed("purpose", BigDecimal.TEN).activate(KS, TODAY);
        assertRule(() -> active.update(new MembershipDetails("Eurocities", null, BigDecimal.TEN, "SEK", null, null)),
                "membership-needs-purpose", "purpose");
    }

    @Test
    void endingNeedsADateAndAReasonAndIsFinal() {
        Membership active = proposed("purpose", BigDecimal.TEN).activate(KS, TODAY);
        assertRule(() -> active.end(null, "x", TODAY), "end-date-required", "endedOn");
        assertRule(() -> active.end(TODAY, null, TODAY), "end-reason-required", "reason");
        Membership ended = active.end(TODAY, "network merged", TODAY);
        assertThat(ended.status()).isEqualTo(MembershipStatus.ENDED);
        assertThatThrownBy(() -> ended.activate(KS, TODAY)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.isTransition()).isTrue());
    }

    @Test
    void costsAreExactAndComeWithACurrency() {
        assertRule(() -> new MembershipDetails("ICLEI", null, new BigDecimal("-1"), "EUR", null, null), "negative-cost",
                "yearlyCost");
        assertRule(() -> new MembershipDetails("ICLEI", null, BigDecimal.ONE, null, null, null), "cost-without-currency",
                "currency");
        assertRule(() -> new MembershipDetails("ICLEI", null, BigDecimal.ONE, "XYZ", null, null), "unknown-currency",
                "currency");
    }
}
