package se.goteborg.international.monitoring.consultation;

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
import se.goteborg.international.service.audit.AuditEntry;
import se.goteborg.international.service.audit.AuditTrail;
import se.goteborg.international.service.security.CurrentActor;

@RestController
@RequestMapping("/api/consultations")
@Tag(name = "Consultations", description = "EU consultations (\"Have your say\") and the city's response")
class ConsultationController {

    private final ConsultationService service;

    private final CurrentActor actors;
    private final AuditTrail audit;

    ConsultationController(ConsultationService service, CurrentActor actors, AuditTrail audit) {
        this.actors = actors;
        this.service = service;
        this.audit = audit;
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "Who changed this consultation, when, from what to what")
    List<AuditEntry> audit(@PathVariable UUID id) {
        service.get(id); // 404 for an unknown consultation
        return audit.history(ConsultationService.AUDIT_TYPE, id);
    }

    @PostMapping
    @Operation(summary = "Watch a consultation", description = "Example: {\"title\":\"…\",\"reference\":\"Ares(2025)1234567\","
            + "\"feedbackStart\":\"2026-01-15\",\"feedbackEnd\":\"2026-04-09\",\"topics\":[\"mobility\"]}. 409 for a known reference.")
    ResponseEntity<Consultation> open(@Valid @RequestBody ConsultationRequest request) {
        Consultation c = service.open(request, actors.get().id());
        return ResponseEntity.created(URI.create("/api/consultations/" + c.id())).eTag(Versions.etag(c.version())).body(c);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One consultation")
    ResponseEntity<Consultation> get(@PathVariable UUID id) {
        Consultation c = service.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(c);
    }

    @GetMapping
    @Operation(summary = "List consultations, soonest closing first")
    PageResponse<Consultation> list(@Parameter(example = "DRAFTING") @RequestParam(required = false) ResponseStatus responseStatus,
                                    @Parameter(example = "Stadsmiljöförvaltningen") @RequestParam(required = false) String unit,
                                    @Parameter(example = "mobility") @RequestParam(required = false) String topic,
                                    @Parameter(example = "2026-06-30") @RequestParam(required = false) LocalDate deadlineBefore,
                                    @Parameter(example = "mobility") @RequestParam(required = false) String q,
                                    @Parameter(example = "0") @RequestParam(required = false) Integer page,
                                    @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(responseStatus, unit, topic, deadlineBefore, q, PageRequest.of(page, size));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a consultation", description = "Send it in full; If-Match with the ETag (412 if stale).")
    ResponseEntity<Consultation> update(@PathVariable UUID id, @Valid @RequestBody ConsultationRequest request,
                                        @Parameter(example = "\"0\"") @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Consultation c = service.update(id, request, ifMatch, actors.get().id());
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(c);
    }

    @PostMapping("/{id}/response")
    @Operation(summary = "Move the city's response on", description = "Example: {\"responseStatus\":\"SUBMITTED\"}."
            + " CONSIDERING → DRAFTING → SUBMITTED, or NOT_ANSWERING; a settled response does not change.")
    ResponseEntity<Consultation> respond(@PathVariable UUID id, @Valid @RequestBody ResponseRequest request,
                                         @Parameter(example = "\"0\"") @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Consultation c = service.respond(id, request.responseStatus(), ifMatch, actors.get().id());
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(c);
    }

}
