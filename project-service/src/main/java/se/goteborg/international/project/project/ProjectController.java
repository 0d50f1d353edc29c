package se.goteborg.international.project.project;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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

import se.goteborg.international.project.exchangerate.ExchangeRates;
import se.goteborg.international.project.project.ProjectRequests.GrantRequest;
import se.goteborg.international.project.project.ProjectRequests.IndicatorRequest;
import se.goteborg.international.project.project.ProjectRequests.ProjectRequest;
import se.goteborg.international.project.project.ProjectRequests.ReasonRequest;
import se.goteborg.international.project.project.ProjectRequests.ReportRequest;
import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.api.PageResponse;
import se.goteborg.international.service.api.Versions;
import se.goteborg.international.service.audit.AuditEntry;
import se.goteborg.international.service.audit.AuditTrail;
import se.goteborg.international.service.problem.ApiException;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "The city's portfolio of international and EU-funded projects")
class ProjectController {

    private final ProjectService service;
    private final ExchangeRates rates;

    private final AuditTrail audit;

    ProjectController(ProjectService service, ExchangeRates rates, AuditTrail audit) {
        this.audit = audit;
        this.service = service;
        this.rates = rates;
    }

    @PostMapping
    @Operation(summary = "Register a project; it starts as IDEA")
    ResponseEntity<ProjectResponse> register(@Valid @RequestBody ProjectRequest request) {
        Project created = service.register(request.toDetails());
        return ResponseEntity.created(URI.create("/api/projects/" + created.id()))
                .eTag(Versions.etag(created.version())).body(view(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project, with its co-financing rate, SEK amounts and competing applications")
    ResponseEntity<ProjectResponse> get(@PathVariable UUID id) {
        return ok(service.get(id));
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "Who changed this project, when, and each field from what to what (oldest first)",
            responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404", description = "No such project"))
    java.util.List<AuditEntry> audit(@PathVariable UUID id) {
        service.get(id);
        return audit.history("project", id);
    }

    @GetMapping
    @Operation(summary = "Projects matching the filters, newest period first")
    PageResponse<ProjectResponse> list(@ParameterObject @Valid ProjectQuery query,
                                       @Parameter(example = "0") @RequestParam(required = false) Integer page,
                                       @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        return service.list(query.toFilter(), PageRequest.of(page, size)).map(this::view);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a project's details; needs If-Match with the ETag you read (412 if it changed since)")
    ResponseEntity<ProjectResponse> update(@PathVariable UUID id,
                                           @Parameter(example = "\"3\"") @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody ProjectRequest request) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match",
                    "send If-Match with the ETag of the version you edited, so nobody's change is overwritten");
        }
        return ok(service.update(id, ifMatch, request.toDetails()));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "IDEA → APPLICATION_SUBMITTED")
    ResponseEntity<ProjectResponse> submit(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(service.moveTo(id, ifMatch, ProjectStatus.APPLICATION_SUBMITTED, null));
    }

    @PostMapping("/{id}/grant")
    @Operation(summary = "APPLICATION_SUBMITTED → GRANTED, with the decision date and amount granted; needs a lead unit and a stated benefit")
    ResponseEntity<ProjectResponse> grant(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @Valid @RequestBody GrantRequest request) {
        return ok(service.grant(id, ifMatch, request.decisionDate(), request.grantedAmount()));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "APPLICATION_SUBMITTED → REJECTED, with the reason")
    ResponseEntity<ProjectResponse> reject(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody ReasonRequest request) {
        return ok(service.reject(id, ifMatch, request.reason()));
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "GRANTED → ONGOING")
    ResponseEntity<ProjectResponse> start(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(service.moveTo(id, ifMatch, ProjectStatus.ONGOING, null));
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "ONGOING → COMPLETED")
    ResponseEntity<ProjectResponse> complete(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(service.moveTo(id, ifMatch, ProjectStatus.COMPLETED, null));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Any open state → WITHDRAWN, with an optional reason")
    ResponseEntity<ProjectResponse> withdraw(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody(required = false) ReasonRequest request) {
        return ok(service.moveTo(id, ifMatch, ProjectStatus.WITHDRAWN,
                request == null ? null : ProjectRequests.blankToNull(request.reason())));
    }

    @PostMapping("/{id}/indicators")
    @Operation(summary = "Add an indicator (code, name, unit, baseline, target); name and unit may be omitted for a known code")
    ResponseEntity<ProjectResponse> addIndicator(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody IndicatorRequest request) {
        var known = IndicatorCatalog.find(request.code());
        String name = ProjectRequests.blankToNull(request.name()) != null ? request.name().strip()
                : known.map(IndicatorCatalog.KnownIndicator::name).orElseThrow(() -> ApiException.ruleViolated(
                        "indicator-name-required", "name", "name the indicator; " + request.code() + " is not a known code"));
        String unit = ProjectRequests.blankToNull(request.unit()) != null ? request.unit().strip()
                : known.map(IndicatorCatalog.KnownIndicator::unit).orElse("count");
        Project changed = service.addIndicator(id, ifMatch, new Indicator(request.code(), name, unit,
                request.baseline(), request.target(), null, null));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(changed.version())).body(view(changed));
    }

    @GetMapping("/{id}/indicators")
    @Operation(summary = "A project's indicators and every reported actual value")
    IndicatorsView indicators(@PathVariable UUID id) {
        Project p = service.get(id);
        return new IndicatorsView(p.indicators(), service.reports(id));
    }

    @PostMapping("/{id}/indicators/{code}/reports")
    @Operation(summary = "Report an actual value of an indicator (only while ONGOING or COMPLETED)")
    ResponseEntity<IndicatorReport> report(@PathVariable UUID id,
                                           @Parameter(example = "RCO87") @PathVariable String code,
                                           @Valid @RequestBody ReportRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(service.reportActual(id, code, request.reportedOn(), request.value(), request.note()));
    }

    @GetMapping("/indicator-codes")
    @Operation(summary = "Indicator codes in common use (Interreg and the city's own)")
    List<IndicatorCatalog.KnownIndicator> indicatorCodes() {
        return IndicatorCatalog.ALL;
    }

    record IndicatorsView(List<Indicator> indicators, List<IndicatorReport> reports) {
    }

    private ResponseEntity<ProjectResponse> ok(Project p) {
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(view(p));
    }

    ProjectResponse view(Project p) {
        return ProjectResponse.of(p, service.competitors(p), ProjectResponse.rate(p, rates));
    }
}
