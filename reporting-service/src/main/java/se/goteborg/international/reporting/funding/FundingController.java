package se.goteborg.international.reporting.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.goteborg.international.reporting.report.ReportFilter;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports")
class FundingController {

    private final FundingService service;

    FundingController(FundingService service) {
        this.service = service;
    }

    @GetMapping("/funding")
    @Operation(summary = "EU funding applied for and granted, in SEK", description = "Per year, programme, lead unit and priority area, with the city's own contribution beside it and the exchange rates used. Granted amounts count in the year of the grant decision, applied-for ones in the year of submission.")
    FundingReport funding(@Valid @ParameterObject ReportFilter filter) {
        return service.funding(filter);
    }
}
