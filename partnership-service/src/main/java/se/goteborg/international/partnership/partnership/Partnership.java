package se.goteborg.international.partnership.partnership;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import se.goteborg.international.events.contract.partnership.PartnershipProposed;

/** A relationship between Gothenburg and one foreign city. */
public record Partnership(UUID id, PartnershipKind kind, String cityName, String countryCode,
                          PartnershipStatus status, long version, Instant createdAt) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public Partnership {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(status);
        if (cityName == null || cityName.isBlank()) {
            throw new IllegalArgumentException("cityName is required");
        }
        if (!isCountryCode(countryCode)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + countryCode);
        }
    }

    public static boolean isCountryCode(String code) {
        return code != null && ISO_COUNTRIES.contains(code);
    }

    /** A new partnership starts as a proposal. */
    public static Partnership propose(PartnershipKind kind, String cityName, String countryCode, Instant now) {
        return new Partnership(UUID.randomUUID(), kind, cityName.strip(), countryCode, PartnershipStatus.PROPOSED, 0, now);
    }

    public PartnershipProposed proposedEvent() {
        return new PartnershipProposed(id, kind.name(), cityName, countryCode, status.name());
    }
}
