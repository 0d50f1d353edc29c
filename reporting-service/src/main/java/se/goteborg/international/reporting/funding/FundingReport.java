package se.goteborg.international.reporting.funding;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import se.goteborg.international.reporting.readmodel.ReadModelProgress.AsOf;

/**
 * EU funding applied for and granted, in SEK, with the city's own contribution beside it.
 *
 * @param rows         one row per year, programme, lead unit and primary priority area
 * @param totals       per year over all rows
 * @param ratesUsed    the exchange rates the SEK amounts were computed with
 * @param missingRates currencies and years without a rate: their amounts are left out of the SEK sums
 * @param asOf         how current the figures are
 */
public record FundingReport(List<Row> rows, List<YearTotal> totals, List<Rate> ratesUsed, List<String> missingRates,
                            AsOf asOf) {

    /**
     * @param year               the year: of the grant decision for granted amounts, of submission for applied-for ones
     * @param programme          funding programme code
     * @param unit               lead unit
     * @param priorityArea       primary priority area
     * @param projectsApplied    applications counted
     * @param projectsGranted    grants counted
     * @param appliedSek         external funding applied for
     * @param grantedSek         amount granted
     * @param ownContributionSek the city's own co-financing of the granted projects
     */
    public record Row(@Schema(example = "2025") int year, @Schema(example = "HORIZON_EUROPE") String programme,
                      @Schema(example = "Stadsledningskontoret") String unit,
                      @Schema(example = "OWN_OPERATIONS") String priorityArea, long projectsApplied,
                      long projectsGranted, @Schema(example = "11430000.00") BigDecimal appliedSek,
                      @Schema(example = "5715000.00") BigDecimal grantedSek,
                      @Schema(example = "1143000.00") BigDecimal ownContributionSek) {
    }

    public record YearTotal(int year, long projectsApplied, long projectsGranted, BigDecimal appliedSek,
                            BigDecimal grantedSek, BigDecimal ownContributionSek) {
    }

    /**
     * @param currency the currency converted
     * @param year     the rate's year (the latest rate not after the amount's year is used)
     * @param sek      SEK per unit of the currency
     * @param source   where the rate comes from
     */
    public record Rate(@Schema(example = "EUR") String currency, @Schema(example = "2025") int year,
                       @Schema(example = "11.100000") BigDecimal sek,
                       @Schema(example = "EC InforEuro yearly average") String source) {
    }
}
