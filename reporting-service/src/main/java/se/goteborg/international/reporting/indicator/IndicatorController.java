package se.goteborg.international.reporting.indicator;

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
class IndicatorController {

    private final IndicatorService service;

    IndicatorController(IndicatorService service) {
        this.service = service;
    }

    @GetMapping("/indicators")
    @Operation(summary = "Indicator results against targets", description = "Per indicator code: summed targets and latest actuals of the projects reporting it; a year keeps projects running during it.")
    IndicatorService.IndicatorReport indicators(@Valid @ParameterObject ReportFilter filter) {
        return service.indicators(filter);
    }
}
