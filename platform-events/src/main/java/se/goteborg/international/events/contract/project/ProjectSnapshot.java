package se.goteborg.international.events.contract.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project's current reportable state, carried by every project event so consumers can upsert and
 * rebuild from the topic alone. Money is exact (JSON numbers, never floats) in {@code currency}.
 *
 * @param projectId               the aggregate id (also the Kafka key)
 * @param title                   the project's title
 * @param acronym                 short name, may be null
 * @param status                  IDEA, APPLICATION_SUBMITTED, GRANTED, REJECTED, ONGOING, COMPLETED or WITHDRAWN
 * @param programme               funding programme code, e.g. HORIZON_EUROPE, INTERREG_OKS, SIDA_ICLD
 * @param euFunded                whether the programme is an EU programme
 * @param callIdentifier          the call applied to, e.g. HORIZON-CL5-2024-D4-01; may be null
 * @param leadUnitType            NAMND, FORVALTNING or BOLAG; may be null before the project is granted
 * @param leadUnitName            e.g. Stadsledningskontoret; may be null before the project is granted
 * @param primaryPriorityArea     OWN_OPERATIONS, BUSINESS_DEVELOPMENT or EXTERNAL_MONITORING
 * @param otherPriorityAreas      further priority areas served
 * @param startDate               first day of the period
 * @param endDate                 last day of the period
 * @param currency                EUR or SEK, the currency of every amount here
 * @param totalBudget             total budget
 * @param externalGrant           external funding applied for (e.g. the EU contribution)
 * @param ownContribution         the city's own co-financing, staff time included
 * @param ownStaffTimeContribution the part of {@code ownContribution} that is staff time
 * @param coFinancingRate         externalGrant / totalBudget as a fraction with 4 decimals (0.6500 = 65 %); null when the total is 0
 * @param grantedAmount           amount granted, set once GRANTED
 * @param grantDecisionDate       date of the grant decision, set once GRANTED
 * @param rejectionReason         reason given when REJECTED
 * @param benefitForGothenburg    the benefit expected for Gothenburg; may be null before the project is granted
 * @param partners                partner organisations
 * @param indicators              indicators with target and latest reported actual
 * @param celexNumbers            related EU legislation (CELEX numbers)
 * @param competingApplication    whether another unit has an IDEA/APPLICATION_SUBMITTED project for the same call
 * @param version                 the aggregate's version after the change
 */
public record ProjectSnapshot(UUID projectId, String title, String acronym, String status, String programme,
                              boolean euFunded, String callIdentifier, String leadUnitType, String leadUnitName,
                              String primaryPriorityArea, List<String> otherPriorityAreas, LocalDate startDate,
                              LocalDate endDate, String currency, BigDecimal totalBudget, BigDecimal externalGrant,
                              BigDecimal ownContribution, BigDecimal ownStaffTimeContribution,
                              BigDecimal coFinancingRate, BigDecimal grantedAmount, LocalDate grantDecisionDate,
                              String rejectionReason, String benefitForGothenburg, List<Partner> partners,
                              List<Indicator> indicators, List<String> celexNumbers, boolean competingApplication,
                              long version) {

    /**
     * A partner organisation.
     *
     * @param name          organisation name
     * @param countryCode   ISO 3166-1 alpha-2
     * @param city          city, may be null
     * @param role          COORDINATOR, PARTNER or ASSOCIATED
     * @param partnershipId the twin/partner-city partnership this partner belongs to, or null
     */
    public record Partner(String name, String countryCode, String city, String role, UUID partnershipId) {
    }

    /**
     * An indicator with its target and the latest reported actual value.
     *
     * @param code             e.g. RCO83 or GBG_CONTACTS
     * @param name             plain name
     * @param unit             unit of measure, e.g. "contacts"
     * @param baseline         value at the start
     * @param target           value to reach
     * @param latestActual     latest reported actual, or null
     * @param latestReportedOn date of the latest report, or null
     */
    public record Indicator(String code, String name, String unit, BigDecimal baseline, BigDecimal target,
                            BigDecimal latestActual, LocalDate latestReportedOn) {
    }
}
