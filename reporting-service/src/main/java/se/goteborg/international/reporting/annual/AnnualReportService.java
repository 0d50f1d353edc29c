package se.goteborg.international.reporting.annual;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.reporting.activity.ActivityService;
import se.goteborg.international.reporting.funding.FundingService;
import se.goteborg.international.reporting.guideline.GuidelineCheck;
import se.goteborg.international.reporting.indicator.IndicatorService;
import se.goteborg.international.reporting.legislation.LegislationService;
import se.goteborg.international.reporting.overview.OverviewService;
import se.goteborg.international.reporting.report.ReportFilter;

/** Gathers the year's figures from the report services inside one read snapshot. */
@Service
public class AnnualReportService {

    private final OverviewService overview;
    private final FundingService funding;
    private final IndicatorService indicators;
    private final LegislationService legislation;
    private final ActivityService activity;
    private final GuidelineCheck guidelines;

    AnnualReportService(OverviewService overview, FundingService funding, IndicatorService indicators,
                        LegislationService legislation, ActivityService activity, GuidelineCheck guidelines) {
        this.overview = overview;
        this.funding = funding;
        this.indicators = indicators;
        this.legislation = legislation;
        this.activity = activity;
        this.guidelines = guidelines;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AnnualReport report(int year) {
        ReportFilter f = new ReportFilter(year, null, null);
        var o = overview.overview(f, null);
        return new AnnualReport(year, o, funding.funding(f), indicators.indicators(f), legislation.legislation(f),
                activity.activity(f), guidelines.check(f), o.asOf());
    }
}
