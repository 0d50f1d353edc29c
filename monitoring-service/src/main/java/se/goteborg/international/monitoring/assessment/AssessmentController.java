package se.goteborg.international.monitoring.assessment;

import java.net.URI;
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
import org.springframework.web.bind.annotation.RestController;

import se.goteborg.international.service.api.Versions;
import se.goteborg.international.service.audit.AuditEntry;
import se.goteborg.international.service.audit.AuditTrail;
import se.goteborg.international.service.security.CurrentActor;

@RestController
@RequestMapping("/api/legislation/{itemId}/assessments")
@Tag(name = "Assessments", description = "Units' assessments of watched items: relevance, impact, actions, due dates")
class AssessmentController {

    private final AssessmentService service;

    private final CurrentActor actors;
    private final AuditTrail audit;

    AssessmentController(AssessmentService service, CurrentActor actors, AuditTrail audit) {
        this.audit = audit;
        this.actors = actors;
        this.service = service;
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "Who changed this assessment, when, and each field from what to what (oldest first)")
    List<AuditEntry> audit(@PathVariable UUID itemId, @PathVariable UUID id) {
        service.get(itemId, id);
        return audit.history("assessment", id);
    }

    @PostMapping
    @Operation(summary = "Assess an item for a unit", description = "Example: {\"unit\":\"Stadsledningskontoret\","
            + "\"relevance\":\"HIGH\",\"influence\":\"LEGAL\",\"expectedImpact\":\"…\",\"actions\":\"…\",\"dueDate\":\"2026-06-30\"}."
            + " One assessment per unit and item (409 for a second).")
    ResponseEntity<Assessment> assess(@PathVariable UUID itemId, @Valid @RequestBody AssessmentRequest request) {
        Assessment a = service.assess(itemId, request, actors.get().id());
        return ResponseEntity.created(URI.create("/api/legislation/" + itemId + "/assessments/" + a.id()))
                .eTag(Versions.etag(a.version())).body(a);
    }

    @GetMapping
    @Operation(summary = "All units' assessments of an item")
    List<Assessment> list(@PathVariable UUID itemId) {
        return service.ofItem(itemId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One assessment")
    ResponseEntity<Assessment> get(@PathVariable UUID itemId, @PathVariable UUID id) {
        Assessment a = service.get(itemId, id);
        return ResponseEntity.ok().eTag(Versions.etag(a.version())).body(a);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an assessment", description = "Send it in full; If-Match with the ETag (412 if stale).")
    ResponseEntity<Assessment> update(@PathVariable UUID itemId, @PathVariable UUID id,
                                      @Valid @RequestBody AssessmentRequest request,
                                      @Parameter(example = "\"0\"") @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Assessment a = service.update(itemId, id, request, ifMatch, actors.get().id());
        return ResponseEntity.ok().eTag(Versions.etag(a.version())).body(a);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move the actions on", description = "Example: {\"status\":\"IN_PROGRESS\"}; OPEN → IN_PROGRESS → DONE.")
    ResponseEntity<Assessment> status(@PathVariable UUID itemId, @PathVariable UUID id,
                                      @Valid @RequestBody AssessmentStatusRequest request,
                                      @Parameter(example = "\"0\"") @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Assessment a = service.changeStatus(itemId, id, request.status(), ifMatch, actors.get().id());
        return ResponseEntity.ok().eTag(Versions.etag(a.version())).body(a);
    }

}
