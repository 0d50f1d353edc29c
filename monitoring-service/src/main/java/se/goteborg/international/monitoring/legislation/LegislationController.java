package se.goteborg.international.monitoring.legislation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.api.PageResponse;
import se.goteborg.international.service.api.Versions;
import se.goteborg.international.service.security.CurrentActor;

@RestController
@RequestMapping("/api/legislation")
@Tag(name = "Legislation", description = "Watched EU acts and proposals (omvärldsbevakning): items, stages, dates, history")
class LegislationController {

    /** Who makes a change, until sign-in exists (a later issue); recorded in the history. */

    private final LegislationService service;

    private final CurrentActor actors;

    LegislationController(LegislationService service, CurrentActor actors) {
        this.actors = actors;
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Watch an item", description = "Add an EU act or proposal by hand, e.g. {\"celex\":\"32024R1689\","
            + "\"titleEn\":\"Artificial Intelligence Act\",\"subjectAreas\":[\"artificial intelligence\"]}. The type and"
            + " starting stage follow from the CELEX number unless given. An invalid CELEX number is refused with 422"
            + " saying why; a CELEX number already watched with 409.")
    ResponseEntity<ItemResponse> track(@Valid @RequestBody ItemRequest request) {
        WatchedItem item = service.track(request, LegislationService.Origin.MANUAL, actors.get().id());
        return ResponseEntity.created(URI.create("/api/legislation/" + item.id())).eTag(Versions.etag(item.version()))
                .body(ItemResponse.of(item, service.related(item)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One watched item, with the items of the same procedure")
    ResponseEntity<ItemResponse> get(@PathVariable UUID id) {
        WatchedItem item = service.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(item.version())).body(ItemResponse.of(item, service.related(item)));
    }

    @GetMapping
    @Operation(summary = "List watched items", description = "Filters combine; relevance and unit look at assessments;"
            + " deadlineBefore matches transposition deadlines, dates of application and open assessments' due dates.")
    PageResponse<ItemResponse> list(@Parameter(example = "PROPOSED") @RequestParam(required = false) Stage stage,
                                    @Parameter(example = "DIRECTIVE") @RequestParam(required = false) ItemType type,
                                    @Parameter(example = "cybersecurity") @RequestParam(required = false) String subject,
                                    @Parameter(example = "HIGH") @RequestParam(required = false)
                                    se.goteborg.international.monitoring.assessment.Relevance relevance,
                                    @Parameter(example = "Stadsledningskontoret") @RequestParam(required = false) String unit,
                                    @Parameter(example = "2026-12-31") @RequestParam(required = false) LocalDate deadlineBefore,
                                    @Parameter(example = "artificial intelligence") @RequestParam(required = false) String q,
                                    @Parameter(example = "0") @RequestParam(required = false) Integer page,
                                    @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        ItemFilter filter = new ItemFilter(stage, type, subject, relevance == null ? null : relevance.name(), unit,
                deadlineBefore, q);
        return service.list(filter, paging).map(i -> ItemResponse.of(i, List.of()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an item's data and dates", description = "Send the full item; If-Match with the ETag"
            + " guards against overwriting someone else's change (412). Every changed field is kept in the history.")
    ResponseEntity<ItemResponse> update(@PathVariable UUID id, @Valid @RequestBody ItemRequest request,
                                        @Parameter(example = "\"0\"") @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        WatchedItem item = service.update(id, request, ifMatch, actors.get().id());
        return ResponseEntity.ok().eTag(Versions.etag(item.version())).body(ItemResponse.of(item, service.related(item)));
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move an item to another stage", description = "Example: {\"stage\":\"ADOPTED\",\"reason\":"
            + "\"Adopted by the Council\"}. Stages only move forward; a proposal may be WITHDRAWN or REJECTED.")
    ResponseEntity<ItemResponse> changeStage(@PathVariable UUID id, @Valid @RequestBody StageChangeRequest request,
                                             @Parameter(example = "\"0\"") @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        WatchedItem item = service.changeStage(id, request, ifMatch, actors.get().id());
        return ResponseEntity.ok().eTag(Versions.etag(item.version())).body(ItemResponse.of(item, service.related(item)));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every recorded change of an item: field, from, to, by whom, when")
    List<HistoryEntry> history(@PathVariable UUID id) {
        return service.history(id);
    }

}
