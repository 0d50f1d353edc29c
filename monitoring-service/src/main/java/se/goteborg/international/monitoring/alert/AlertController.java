package se.goteborg.international.monitoring.alert;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.api.PageResponse;

@RestController
@RequestMapping("/api/alerts")
@Tag(name = "Alerts", description = "Alerts raised for units: new matches, stage and date changes, deadlines")
class AlertController {

    private final AlertService service;

    AlertController(AlertService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List alerts, newest first", description = "Filter by unit, reason or item; paged.")
    PageResponse<Alert> list(@Parameter(example = "Stadsledningskontoret") @RequestParam(required = false) String unit,
                             @Parameter(example = "STAGE_CHANGED") @RequestParam(required = false) AlertReason reason,
                             @RequestParam(required = false) UUID itemId,
                             @Parameter(example = "0") @RequestParam(required = false) Integer page,
                             @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(unit, reason, itemId, PageRequest.of(page, size));
    }
}
