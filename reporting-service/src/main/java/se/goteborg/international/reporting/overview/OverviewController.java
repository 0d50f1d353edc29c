package se.goteborg.international.reporting.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.goteborg.international.reporting.partnership.PartnershipKind;
import se.goteborg.international.reporting.report.ReportFilter;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "Figures built from the platform's events (eventually consistent; see asOf)")
class OverviewController {

    private final OverviewService service;

    OverviewController(OverviewService service) {
        this.service = service;
    }

    /** An unknown {@code kind} fails enum conversion, which the shared ProblemHandler turns into a 400 naming the field. */
    @GetMapping("/overview")
    @Operation(summary = "Partnership counts by kind and status, and how current they are",
            description = "Partnerships by kind and status, memberships and projects by status, alerts raised. "
                    + "Every known kind and status is listed, with 0 when there is none. asOf names the newest event reflected.")
    Overview overview(@Parameter(description = "Count only partnerships of this kind")
                      @RequestParam(required = false) PartnershipKind kind,
                      @Valid @ParameterObject ReportFilter filter) {
        return service.overview(filter, kind);
    }
}
