package se.goteborg.international.reporting.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.goteborg.international.reporting.partnership.PartnershipKind;

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
            description = "Every kind is listed, with 0 when there is none. asOf tells the newest event reflected.")
    Overview overview(@Parameter(description = "Count only partnerships of this kind")
                      @RequestParam(required = false) PartnershipKind kind) {
        return service.overview(kind);
    }
}
