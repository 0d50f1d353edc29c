package se.goteborg.international.reporting.activity;

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
class ActivityController {

    private final ActivityService service;

    ActivityController(ActivityService service) {
        this.service = service;
    }

    @GetMapping("/activity")
    @Operation(summary = "Activity per partnership, and partnerships quiet for 12 months", description = "Activities per partnership (in the year, when given) with the latest activity date, and the active partnerships with no activity in the last 12 months.")
    ActivityService.ActivityReport activity(@Valid @ParameterObject ReportFilter filter) {
        return service.activity(filter);
    }
}
