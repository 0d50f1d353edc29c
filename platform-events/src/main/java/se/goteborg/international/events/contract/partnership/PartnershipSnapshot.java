package se.goteborg.international.events.contract.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A partnership's reportable state after a change. Every partnership event carries one, so a
 * consumer can upsert its view from any single event. Contacts (personal data) are deliberately left out.
 *
 * @param partnershipId    the aggregate id
 * @param kind             TWIN_CITY (vänort) or PARTNER_CITY (partnerstad)
 * @param status           PROPOSED, ACTIVE, DORMANT or ENDED
 * @param cityName         the foreign city's name
 * @param localName        the name in the city's own language, if different
 * @param countryCode      ISO 3166-1 alpha-2
 * @param latitude         for a map, WGS 84
 * @param longitude        for a map, WGS 84
 * @param priorityAreas    OWN_OPERATIONS, BUSINESS_DEVELOPMENT, EXTERNAL_MONITORING
 * @param cooperationAreas codes from the managed cooperation-area vocabulary
 * @param mutualBenefit    the stated benefit for Gothenburg (ömsesidighet); null if not yet stated
 * @param responsibleUnit  the unit responsible for the relationship
 * @param meetingCadence   how often the parties meet, in words
 * @param decisions        every decision taken on it, oldest first
 * @param agreementStart   start of the current agreement term
 * @param agreementEnd     end of the current agreement term (required for an active partner city)
 * @param renewalDue       when renewal must be decided
 * @param dormantSince     set while DORMANT
 * @param dormantReason    set while DORMANT
 * @param endedOn          set once ENDED
 * @param endedReason      set once ENDED
 * @param version          the aggregate version after the change
 */
public record PartnershipSnapshot(UUID partnershipId, String kind, String status, String cityName, String localName,
                                  String countryCode, BigDecimal latitude, BigDecimal longitude,
                                  List<String> priorityAreas, List<String> cooperationAreas, String mutualBenefit,
                                  String responsibleUnit, String meetingCadence, List<DecisionData> decisions,
                                  LocalDate agreementStart, LocalDate agreementEnd, LocalDate renewalDue,
                                  LocalDate dormantSince, String dormantReason, LocalDate endedOn, String endedReason,
                                  long version) {
}
