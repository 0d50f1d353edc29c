package se.goteborg.international.reporting.annual;

import se.goteborg.international.reporting.activity.ActivityService.ActivityReport;
import se.goteborg.international.reporting.funding.FundingReport;
import se.goteborg.international.reporting.guideline.GuidelineCheck.GuidelineReport;
import se.goteborg.international.reporting.indicator.IndicatorService.IndicatorReport;
import se.goteborg.international.reporting.legislation.LegislationService.LegislationReport;
import se.goteborg.international.reporting.overview.Overview;
import se.goteborg.international.reporting.readmodel.ReadModelProgress.AsOf;

/** Everything the annual report shows for one year, read in one snapshot: the same figures as the JSON APIs. */
public record AnnualReport(int year, Overview overview, FundingReport funding, IndicatorReport indicators,
                           LegislationReport legislation, ActivityReport activity, GuidelineReport guidelines,
                           AsOf asOf) {

    public String title() {
        return "Internationellt arbete och EU-arbete i Göteborgs Stad " + year;
    }
}
