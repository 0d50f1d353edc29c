package se.goteborg.international.project.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import se.goteborg.international.project.exchangerate.ExchangeRate;
import se.goteborg.international.project.exchangerate.ExchangeRates;
import se.goteborg.international.project.project.ProjectRepository.Competitor;

/** A project as the API shows it, with derived figures (co-financing rate, SEK amounts, competition). */
public record ProjectResponse(UUID id, String title, String acronym, String description, ProjectStatus status,
                              LeadUnit leadUnit, PriorityArea primaryPriorityArea,
                              List<PriorityArea> otherPriorityAreas, String programme, String callIdentifier,
                              LocalDate startDate, LocalDate endDate, BudgetView budget, BigDecimal grantedAmount,
                              LocalDate grantDecisionDate, String rejectionReason, List<Partner> partners,
                              String benefitForGothenburg, List<String> celexNumbers, List<Indicator> indicators,
                              List<Competitor> competingApplications, SekAmounts amountsInSek, long version) {

    public record BudgetView(CurrencyCode currency, BigDecimal total, BigDecimal externalGrant,
                             BigDecimal ownContribution, BigDecimal ownStaffTime, BigDecimal coFinancingRate) {
    }

    /**
     * The amounts in SEK, with the rate used: for EUR amounts the monthly rate of the grant decision
     * (or, before a decision, of the start) month, or the latest stored month before it.
     */
    public record SekAmounts(YearMonth rateMonth, BigDecimal eurToSek, String rateSource, BigDecimal total,
                             BigDecimal externalGrant, BigDecimal ownContribution, BigDecimal grantedAmount) {
    }

    /** The rate converting this project's amounts to SEK; none is looked up (null) for amounts in SEK. */
    public static ExchangeRate rate(Project p, ExchangeRates rates) {
        return p.details().budget().currency() == CurrencyCode.SEK ? null : rates.rateFor(rateDate(p)).orElse(null);
    }

    /** The date whose monthly rate converts this project's amounts. */
    public static LocalDate rateDate(Project p) {
        return p.grantDecisionDate() != null ? p.grantDecisionDate() : p.details().startDate();
    }

    public static ProjectResponse of(Project p, List<Competitor> competitors, ExchangeRate rate) {
        ProjectDetails d = p.details();
        Budget b = d.budget();
        return new ProjectResponse(p.id(), d.title(), d.acronym(), d.description(), p.status(), d.leadUnit(),
                d.primaryPriorityArea(), d.otherPriorityAreas(), d.programme(), d.callIdentifier(), d.startDate(),
                d.endDate(), new BudgetView(b.currency(), b.total(), b.externalGrant(), b.ownContribution(),
                b.ownStaffTime(), b.coFinancingRate()), p.grantedAmount(), p.grantDecisionDate(),
                p.rejectionReason(), d.partners(), d.benefitForGothenburg(), d.celexNumbers(), p.indicators(),
                competitors, sek(p, rate), p.version());
    }

    /** Null when the project is in EUR and no rate is stored for its month or before. */
    public static SekAmounts sek(Project p, ExchangeRate rate) {
        Budget b = p.details().budget();
        if (b.currency() == CurrencyCode.SEK) {
            return new SekAmounts(null, null, "kept in SEK", b.total(), b.externalGrant(), b.ownContribution(),
                    p.grantedAmount());
        }
        if (rate == null) {
            return null;
        }
        return new SekAmounts(rate.month(), rate.eurToSek(), rate.source(), toSek(b.total(), rate),
                toSek(b.externalGrant(), rate), toSek(b.ownContribution(), rate), toSek(p.grantedAmount(), rate));
    }

    private static BigDecimal toSek(BigDecimal eur, ExchangeRate rate) {
        return eur == null ? null : eur.multiply(rate.eurToSek()).setScale(2, RoundingMode.HALF_UP);
    }
}
