package se.goteborg.international.events.contract.partnership;

import java.util.UUID;

/**
 * A partnership with a foreign city was registered; it starts as PROPOSED.
 *
 * @param partnershipId the aggregate id (also the Kafka key and the CloudEvents subject)
 * @param kind          TWIN_CITY (vänort) or PARTNER_CITY (partnerstad)
 * @param cityName      the foreign city's name in English or Swedish
 * @param countryCode   ISO 3166-1 alpha-2
 * @param status        the status after the change
 */
public record PartnershipProposed(UUID partnershipId, String kind, String cityName, String countryCode, String status) {
}
