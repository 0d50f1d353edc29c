package se.goteborg.international.reporting.guideline;

/** The policy's rules the guideline check looks for breaches of. */
public enum GuidelineRule {
    TWIN_CITY_WITHOUT_KF_DECISION("Vänort utan beslut i kommunfullmäktige",
            "An active or dormant twin city has no decision by the city council (KF)."),
    PARTNER_CITY_PAST_END_DATE("Partnerstad efter slutdatum",
            "An active or dormant partner city is past the end of its agreement."),
    PARTNER_CITY_WITHOUT_ONGOING_PROJECT("Partnerstad utan pågående projekt",
            "An active partner city has no granted or ongoing project with a partner there."),
    PARTNERSHIP_WITHOUT_BENEFIT("Partnerskap utan angiven nytta",
            "An active partnership states no benefit for Gothenburg."),
    MEMBERSHIP_WITHOUT_PURPOSE("Medlemskap utan angivet syfte", "An active membership states no purpose."),
    PROJECT_WITHOUT_BENEFIT("Projekt utan angiven nytta",
            "A granted or ongoing project states no benefit for Gothenburg."),
    COMPETING_APPLICATIONS("Konkurrerande ansökningar",
            "Units prepare applications to the same call."),
    HIGH_RELEVANCE_WITHOUT_ASSESSMENT("Högrelevant rättsakt utan bedömning",
            "A unit rated an item highly relevant but has not assessed its impact or actions."),
    OVERDUE_ASSESSMENT_ACTION("Försenad åtgärd", "The actions of an assessment are past due and not done."),
    OVERDUE_MILESTONE("Försenad milstolpe", "A running project's milestone or reporting deadline passed."),
    RENEWAL_DUE("Förnyelse närmar sig", "A partnership's renewal is due within 90 days or overdue."),
    MEMBERSHIP_REVIEW_DUE("Omprövning av medlemskap",
            "An active membership's review date is within 90 days or past."),
    NO_ACTIVITY_12_MONTHS("Ingen aktivitet på 12 månader", "An active partnership had no activity for 12 months.");

    private final String swedish;
    private final String description;

    GuidelineRule(String swedish, String description) {
        this.swedish = swedish;
        this.description = description;
    }

    public String swedish() {
        return swedish;
    }

    public String description() {
        return description;
    }
}
