package se.goteborg.international.project.project;

import java.util.List;
import java.util.Optional;

/** Indicator codes in common use: Interreg's output/result indicators and the city's own. */
public final class IndicatorCatalog {

    public record KnownIndicator(String code, String name, String unit, String source) {
    }

    public static final List<KnownIndicator> ALL = List.of(
            new KnownIndicator("RCO83", "Strategies and action plans jointly developed", "strategies", "Interreg"),
            new KnownIndicator("RCO84", "Pilot actions developed jointly and implemented in projects", "pilot actions", "Interreg"),
            new KnownIndicator("RCO87", "Organisations cooperating across borders", "organisations", "Interreg"),
            new KnownIndicator("RCR79", "Joint strategies and action plans taken up by organisations", "strategies", "Interreg"),
            new KnownIndicator("RCR84", "Organisations cooperating across borders after project completion", "organisations", "Interreg"),
            new KnownIndicator("GBG_CONTACTS", "Contacts established", "contacts", "City of Gothenburg"),
            new KnownIndicator("GBG_INVESTOR_MEETINGS", "Investor meetings", "meetings", "City of Gothenburg"),
            new KnownIndicator("GBG_COMPANIES_ESTABLISHED", "Companies established", "companies", "City of Gothenburg"),
            new KnownIndicator("GBG_STAFF_TRAINED", "Staff trained", "persons", "City of Gothenburg"));

    private IndicatorCatalog() {
    }

    public static Optional<KnownIndicator> find(String code) {
        return ALL.stream().filter(k -> k.code().equals(code)).findFirst();
    }
}
