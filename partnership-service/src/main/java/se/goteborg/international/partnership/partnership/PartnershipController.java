package se.goteborg.international.partnership.partnership;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import se.goteborg.international.partnership.partnership.PartnershipRequests.ActivateRequest;
import se.goteborg.international.partnership.partnership.PartnershipRequests.EndRequest;
import se.goteborg.international.partnership.partnership.PartnershipRequests.MakeDormantRequest;
import se.goteborg.international.partnership.partnership.PartnershipRequests.ProposePartnershipRequest;
import se.goteborg.international.partnership.partnership.PartnershipRequests.RecordActivityRequest;
import se.goteborg.international.partnership.partnership.PartnershipRequests.RenewRequest;
import se.goteborg.international.partnership.partnership.PartnershipRequests.UpdatePartnershipRequest;
import se.goteborg.international.partnership.projectlink.LinkedProject;
import se.goteborg.international.partnership.projectlink.ProjectLinks;
import se.goteborg.international.partnership.shared.Decision;
import se.goteborg.international.partnership.shared.DecisionInput;
import se.goteborg.international.partnership.shared.PriorityArea;
import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.audit.AuditEntry;
import se.goteborg.international.service.audit.AuditTrail;
import se.goteborg.international.service.security.Actor;
import se.goteborg.international.service.security.CurrentActor;
import se.goteborg.international.service.api.PageResponse;
import se.goteborg.international.service.api.Versions;

@RestController
@RequestMapping("/api/partnerships")
@Tag(name = "Partnerships", description = "Twin cities (vänorter) and partner cities (partnerstäder), their lifecycle and activities")
class PartnershipController {

    private static final String REFUSED_EXAMPLE = """
            {"type":"urn:se:goteborg:intl:problem:twin-city-needs-kf-decision","title":"Unprocessable Content","status":422,
             "detail":"a twin city needs a decision by the city council (KF) to activate","code":"twin-city-needs-kf-decision",
             "errors":[{"field":"decision.body","message":"a twin city needs a decision by the city council (KF) to activate"}]}""";

    private final PartnershipService service;
    private final ProjectLinks projectLinks;

    private final CurrentActor actors;
    private final AuditTrail audit;

    PartnershipController(PartnershipService service, ProjectLinks projectLinks, CurrentActor actors, AuditTrail audit) {
        this.actors = actors;
        this.audit = audit;
        this.service = service;
        this.projectLinks = projectLinks;
    }

    @PostMapping
    @Operation(summary = "Register a partnership; it starts as PROPOSED",
            responses = {@ApiResponse(responseCode = "201", description = "Created; Location and ETag set"),
                    @ApiResponse(responseCode = "400", description = "Malformed: unknown field, wrong type, too long"),
                    @ApiResponse(responseCode = "422", description = "Unknown country or cooperation area")})
    ResponseEntity<PartnershipResponse> propose(@Valid @RequestBody ProposePartnershipRequest request) {
        PartnershipProfile profile = request.toProfile();
        Partnership created = service.propose(request.kind(), profile, actors.get());
        return ResponseEntity.created(URI.create("/api/partnerships/" + created.id()))
                .eTag(Versions.etag(created.version())).body(PartnershipResponse.of(created, List.of()));
    }

    @GetMapping
    @Operation(summary = "List partnerships, filtered and paged",
            description = "All filters combine (AND). q searches city name, local name, mutual benefit and responsible unit.")
    PageResponse<PartnershipResponse> list(
            @RequestParam(required = false) PartnershipKind kind,
            @RequestParam(required = false) PartnershipStatus status,
            @Parameter(example = "NO") @RequestParam(required = false)
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SE or NO") String country,
            @RequestParam(required = false) PriorityArea priorityArea,
            @Parameter(example = "CULTURE") @RequestParam(required = false)
            @Size(max = 40, message = "must be at most 40 characters") String cooperationArea,
            @Parameter(example = "Stadsledningskontoret") @RequestParam(required = false)
            @Size(max = 200, message = "must be at most 200 characters") String unit,
            @Parameter(description = "Free text", example = "berg") @RequestParam(required = false)
            @Size(max = 200, message = "must be at most 200 characters") String q,
            @Parameter(example = "0") @RequestParam(required = false) Integer page,
            @Parameter(example = "20") @RequestParam(required = false) Integer size) {
        PartnershipFilter filter = new PartnershipFilter(kind, status, country, priorityArea, blankToNull(cooperationArea),
                blankToNull(unit), blankToNull(q));
        return service.list(filter, PageRequest.of(page, size)).map(p -> PartnershipResponse.of(p, null));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partnership, with the projects that involve it (from project-service's events)")
    ResponseEntity<PartnershipResponse> get(@PathVariable UUID id) {
        Partnership p = service.get(id);
        return withEtag(p, projectLinks.forPartnership(id));
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "Who changed this partnership, when, and each field from what to what (oldest first)",
            responses = {@ApiResponse(responseCode = "404", description = "No such partnership")})
    List<AuditEntry> audit(@PathVariable UUID id) {
        service.get(id);
        return audit.history("partnership", id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a partnership's description (optimistic locking)",
            description = "Send If-Match with the ETag you read (stale → 412) or the version in the body (stale → 409). "
                    + "An active partnership must keep a mutual-benefit statement, a priority area and (partner city) an end date.",
            responses = {@ApiResponse(responseCode = "200", description = "Updated; new ETag"),
                    @ApiResponse(responseCode = "409", description = "Version in the body is stale, or the partnership has ended"),
                    @ApiResponse(responseCode = "412", description = "If-Match names a stale version"),
                    @ApiResponse(responseCode = "422", description = "A rule of the policy is broken")})
    ResponseEntity<PartnershipResponse> update(@PathVariable UUID id,
                                               @Valid @RequestBody UpdatePartnershipRequest request,
                                               @Parameter(example = "\"3\"") @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        PartnershipProfile profile = request.toProfile();
        return withEtag(service.update(id, ifMatch, request.version(), profile, actors.get()), null);
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "Activate a proposed partnership with a decision",
            description = "A twin city needs a city-council (KF) decision; a partner city a KS or KF decision and an "
                    + "agreement end date. Every partnership needs a mutual-benefit statement and at least one priority area.",
            responses = {@ApiResponse(responseCode = "200", description = "Now ACTIVE"),
                    @ApiResponse(responseCode = "409", description = "Not PROPOSED"),
                    @ApiResponse(responseCode = "412", description = "If-Match names a stale version"),
                    @ApiResponse(responseCode = "422", description = "Refused by the policy",
                            content = @Content(mediaType = "application/problem+json",
                                    examples = @ExampleObject(name = "twin city without KF decision", value = REFUSED_EXAMPLE)))})
    ResponseEntity<PartnershipResponse> activate(@PathVariable UUID id, @Valid @RequestBody ActivateRequest request,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Decision decision = DecisionInput.toDecision(request.decision());
        AgreementTerms terms = request.agreement() == null ? null : request.agreement().toTerms();
        return withEtag(service.activate(id, ifMatch, decision, terms, actors.get()), null);
    }

    @PostMapping("/{id}/make-dormant")
    @Operation(summary = "Make an active partnership dormant (vilande), recording since when and why",
            responses = {@ApiResponse(responseCode = "409", description = "Not ACTIVE"),
                    @ApiResponse(responseCode = "422", description = "Date or reason missing, or date in the future")})
    ResponseEntity<PartnershipResponse> makeDormant(@PathVariable UUID id, @Valid @RequestBody MakeDormantRequest request,
                                                    @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return withEtag(service.makeDormant(id, ifMatch, request.since(), request.reason(), actors.get()), null);
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a dormant partnership",
            responses = {@ApiResponse(responseCode = "409", description = "Not DORMANT"),
                    @ApiResponse(responseCode = "422", description = "No longer meets the rules for being active, e.g. the agreement has expired")})
    ResponseEntity<PartnershipResponse> reactivate(@PathVariable UUID id,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return withEtag(service.reactivate(id, ifMatch, actors.get()), null);
    }

    @PostMapping("/{id}/renew")
    @Operation(summary = "Renew the agreement for a new term by a decision (KF for a twin city, KS or KF for a partner city)",
            responses = {@ApiResponse(responseCode = "409", description = "Not ACTIVE or DORMANT"),
                    @ApiResponse(responseCode = "422", description = "Decision missing or by the wrong body; new end not later")})
    ResponseEntity<PartnershipResponse> renew(@PathVariable UUID id, @Valid @RequestBody RenewRequest request,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Decision decision = DecisionInput.toDecision(request.decision());
        return withEtag(service.renew(id, ifMatch, decision, request.agreementStart(), request.agreementEnd(),
                request.renewalDue(), actors.get()), null);
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End a partnership, with the date and the reason (a twin city needs a KF decision)",
            responses = {@ApiResponse(responseCode = "409", description = "Not ACTIVE or DORMANT"),
                    @ApiResponse(responseCode = "422", description = "Date, reason or (twin city) KF decision missing")})
    ResponseEntity<PartnershipResponse> end(@PathVariable UUID id, @Valid @RequestBody EndRequest request,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Decision decision = DecisionInput.toDecision(request.decision());
        return withEtag(service.end(id, ifMatch, request.endedOn(), request.reason(), decision, actors.get()), null);
    }

    @PostMapping("/{id}/activities")
    @Operation(summary = "Record an activity: visit, delegation, meeting, agreement signed, conference",
            responses = {@ApiResponse(responseCode = "201", description = "Recorded"),
                    @ApiResponse(responseCode = "404", description = "No such partnership"),
                    @ApiResponse(responseCode = "422", description = "E.g. ends before it starts, or after the partnership ended")})
    ResponseEntity<ActivityResponse> recordActivity(@PathVariable UUID id, @Valid @RequestBody RecordActivityRequest r) {
        Actor actor = actors.get();
        Activity draft = new Activity(UUID.randomUUID(), id, r.type(), r.title(), r.startDate(),
                r.endDate(), r.place(), r.theme(), r.host(), r.participants(), r.units(), r.outcomes(),
                r.priorityAreas(), Instant.EPOCH, actor.id());
        Activity recorded = service.recordActivity(id, draft, actor);
        return ResponseEntity.created(URI.create("/api/partnerships/" + id + "/activities/" + recorded.id()))
                .body(ActivityResponse.of(recorded));
    }

    @GetMapping("/{id}/activities")
    @Operation(summary = "A partnership's activities, newest first")
    PageResponse<ActivityResponse> activities(@PathVariable UUID id,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size) {
        return service.activities(id, PageRequest.of(page, size)).map(ActivityResponse::of);
    }

    @GetMapping("/{id}/activities/{activityId}")
    @Operation(summary = "One activity of a partnership")
    ActivityResponse activity(@PathVariable UUID id, @PathVariable UUID activityId) {
        return ActivityResponse.of(service.activity(id, activityId));
    }

    private static ResponseEntity<PartnershipResponse> withEtag(Partnership p, List<LinkedProject> projects) {
        return ResponseEntity.ok().eTag(Versions.etag(p.version())).body(PartnershipResponse.of(p, projects));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    record DecisionView(String body, LocalDate decidedOn, String caseReference) {
    }

    record AgreementView(LocalDate start, LocalDate end, LocalDate renewalDue) {
    }

    /** A partnership as the API shows it; {@code linkedProjects} only on the single-item read. */
    record PartnershipResponse(UUID id, PartnershipKind kind, PartnershipStatus status, String cityName,
                               String localName, String countryCode, BigDecimal latitude, BigDecimal longitude,
                               Set<PriorityArea> priorityAreas, List<String> cooperationAreas, String mutualBenefit,
                               String responsibleUnit, List<Contact> contacts, String meetingCadence,
                               AgreementView agreement, List<DecisionView> decisions, LocalDate dormantSince,
                               String dormantReason, LocalDate endedOn, String endedReason,
                               List<LinkedProject> linkedProjects, long version) {
        static PartnershipResponse of(Partnership p, List<LinkedProject> projects) {
            PartnershipProfile pr = p.profile();
            AgreementTerms a = pr.agreement();
            return new PartnershipResponse(p.id(), p.kind(), p.status(), pr.city().name(), pr.city().localName(),
                    pr.city().countryCode(), pr.city().latitude(), pr.city().longitude(), pr.priorityAreas(),
                    pr.cooperationAreas().stream().sorted().toList(), pr.mutualBenefit(), pr.responsibleUnit(),
                    pr.contacts(), pr.meetingCadence(), new AgreementView(a.start(), a.end(), a.renewalDue()),
                    p.decisions().stream().map(d -> new DecisionView(d.body().name(), d.decidedOn(), d.caseReference()))
                            .toList(), p.dormantSince(), p.dormantReason(), p.endedOn(), p.endedReason(), projects,
                    p.version());
        }
    }

    record ActivityResponse(UUID id, UUID partnershipId, ActivityType type, String title, LocalDate startDate,
                            LocalDate endDate, String place, String theme, String host, List<String> participants,
                            List<String> units, String outcomes, Set<PriorityArea> priorityAreas, Instant recordedAt,
                            String recordedBy) {
        static ActivityResponse of(Activity a) {
            return new ActivityResponse(a.id(), a.partnershipId(), a.type(), a.title(), a.startDate(), a.endDate(),
                    a.place(), a.theme(), a.host(), a.participants(), a.units(), a.outcomes(), a.priorityAreas(),
                    a.recordedAt(), a.recordedBy());
        }
    }
}
