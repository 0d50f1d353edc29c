package se.goteborg.international.partnership.partnership;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import se.goteborg.international.domain.RuleViolation;
import se.goteborg.international.partnership.shared.Texts;

/** The foreign city: its name, its local name, its country (ISO 3166-1 alpha-2) and where it is on a map. */
public record City(String name, String localName, String countryCode, BigDecimal latitude, BigDecimal longitude) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    public City {
        if (Texts.isBlank(name)) {
            throw RuleViolation.rule("city-name-required", "cityName", "the city needs a name");
        }
        name = name.strip();
        localName = Texts.clean(localName);
        if (!isCountryCode(countryCode)) {
            throw RuleViolation.rule("unknown-country", "countryCode",
                    "'" + countryCode + "' is not an ISO 3166-1 alpha-2 country code");
        }
        if ((latitude == null) != (longitude == null)) {
            throw RuleViolation.rule("coordinates-incomplete", latitude == null ? "latitude" : "longitude",
                    "give both latitude and longitude, or neither");
        }
        if (latitude != null && latitude.abs().compareTo(MAX_LATITUDE) > 0) {
            throw RuleViolation.rule("latitude-out-of-range", "latitude", "latitude must be between -90 and 90");
        }
        if (longitude != null && longitude.abs().compareTo(MAX_LONGITUDE) > 0) {
            throw RuleViolation.rule("longitude-out-of-range", "longitude", "longitude must be between -180 and 180");
        }
    }

    public static boolean isCountryCode(String code) {
        return code != null && ISO_COUNTRIES.contains(code);
    }
}
