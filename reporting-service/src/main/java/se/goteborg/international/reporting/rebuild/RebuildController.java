package se.goteborg.international.reporting.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/admin/rebuild")
@Tag(name = "Reporting admin", description = "Rebuilding the read models from the topics")
class RebuildController {

    private final RebuildService service;

    RebuildController(RebuildService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild every read model from the topics from the beginning",
            description = "Fills a new generation with a separate consumer while the current one keeps serving, then "
                    + "switches in one step. 409 while a rebuild is running. Follow it with GET.")
    RebuildProgress start() {
        return service.start();
    }

    @GetMapping
    @Operation(summary = "Progress of the latest rebuild", description = "status NONE when none has run.")
    RebuildProgress progress() {
        return service.progress();
    }
}
