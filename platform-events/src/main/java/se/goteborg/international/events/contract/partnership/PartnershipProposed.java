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
 * @param partnership   the full reportable state (added in a compatible way: may be null from older producers)
 * @param changedBy     who made the change (a user name, or "anonymous" until sign-in exists)
 */
public record PartnershipProposed(UUID partnershipId, String kind, String cityName, String countryCode, String status,
                                  PartnershipSnapshot partnership, String changedBy) {

    /** The first version's fields only, as older producers sent them. */
    public PartnershipProposed(UUID partnershipId, String kind, String cityName, String countryCode, String status) {
        this(partnershipId, kind, cityName, countryCode, status, null, null);
    }
}
