package se.goteborg.international.reporting.legislation;

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
class LegislationController {

    private final LegislationService service;

    LegislationController(LegislationService service) {
        this.service = service;
    }

    @GetMapping("/legislation")
    @Operation(summary = "Legislation pipeline, assessments, overdue actions, consultations answered", description = "External monitoring (priority area EXTERNAL_MONITORING): items by stage, assessments per unit and relevance, overdue assessment actions, consultations answered per year.")
    LegislationService.LegislationReport legislation(@Valid @ParameterObject ReportFilter filter) {
        return service.legislation(filter);
    }
}
