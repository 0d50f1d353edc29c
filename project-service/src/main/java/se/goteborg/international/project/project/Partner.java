package se.goteborg.international.project.project;

import java.util.UUID;

/** A partner organisation; {@code partnershipId} links it to a twin or partner city, when it is one. */
public record Partner(String name, String countryCode, String city, PartnerRole role, UUID partnershipId) {
}
