package se.goteborg.international.reporting.guideline;

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
class GuidelineController {

    private final GuidelineCheck service;

    GuidelineController(GuidelineCheck service) {
        this.service = service;
    }

    @GetMapping("/guideline-check")
    @Operation(summary = "Breaches of the policy's guidelines", description = "Every breach found: the rule, the item, the responsible unit and since when. A year keeps breaches that began by its end.")
    GuidelineCheck.GuidelineReport check(@Valid @ParameterObject ReportFilter filter) {
        return service.check(filter);
    }
}
