package se.goteborg.international.partnership.membership;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
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

import se.goteborg.international.partnership.shared.Decision;
import se.goteborg.international.partnership.shared.DecisionInput;
import se.goteborg.international.service.api.PageRequest;
import se.goteborg.international.service.audit.AuditEntry;
import se.goteborg.international.service.audit.AuditTrail;
import se.goteborg.international.service.security.CurrentActor;
import se.goteborg.international.service.api.PageResponse;
import se.goteborg.international.service.api.Versions;

@RestController
@RequestMapping("/api/memberships")
@Tag(name = "Memberships", description = "Memberships of international organisations and networks (Eurocities, ICLEI, POLIS, …)")
class MembershipController {

    private final MembershipService service;

    private final CurrentActor actors;
    private final AuditTrail audit;

    MembershipController(MembershipService service, CurrentActor actors, AuditTrail audit) {
        this.actors = actors;
        this.audit = audit;
        this.service = service;
    }

    @Schema(description = "A membership's details; it starts as PROPOSED")
    record MembershipRequest(
            @Schema(example = "Eurocities") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String organisation,
            @Schema(example = "Influence EU urban policy and learn from 200 European cities in six thematic forums")
            @Size(max = 4000, message = "must be at most 4000 characters") String purpose,
            @Schema(example = "185000.00") @DecimalMin(value = "0", message = "cannot be negative")
            @Digits(integer = 12, fraction = 2, message = "must have at most 12 digits and 2 decimals") BigDecimal yearlyCost,
            @Schema(example = "SEK") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as SEK or EUR") String currency,
            @Schema(example = "Stadsledningskontoret") @Size(max = 200, message = "must be at most 200 characters") String responsibleUnit,
            @Schema(example = "2027-12-31") LocalDate reviewDate,
            @Schema(example = "2", description = "On update: the version you edited (409 if stale); optional with If-Match") Long version) {

        MembershipDetails toDetails() {
            return new MembershipDetails(organisation, purpose, yearlyCost, currency, responsibleUnit, reviewDate);
        }
    }

    @Schema(description = "Activate with a decision by KF or KS; needs a stated purpose and yearly cost")
    record ActivateMembershipRequest(@Valid DecisionInput decision) {
    }

    @Schema(description = "End a membership: the date and the reason")
    record EndMembershipRequest(@Schema(example = "2025-12-31") LocalDate endedOn,
                                @Schema(example = "Replaced by membership of a wider network")
                                @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }

    record DecisionView(String body, LocalDate decidedOn, String caseReference) {
    }

    record MembershipResponse(UUID id, String organisation, MembershipStatus status, String purpose,
                              BigDecimal yearlyCost, String currency, String responsibleUnit, LocalDate reviewDate,
                              List<DecisionView> decisions, LocalDate endedOn, String endedReason, long version) {
        static MembershipResponse of(Membership m) {
            MembershipDetails d = m.details();
            return new MembershipResponse(m.id(), d.organisation(), m.status(), d.purpose(), d.yearlyCost(),
                    d.currency(), d.responsibleUnit(), d.reviewDate(), m.decisions().stream()
                    .map(x -> new DecisionView(x.body().name(), x.decidedOn(), x.caseReference())).toList(),
                    m.endedOn(), m.endedReason(), m.version());
        }
    }

    @PostMapping
    @Operation(summary = "Register a membership; it starts as PROPOSED",
            responses = {@ApiResponse(responseCode = "201", description = "Created"),
                    @ApiResponse(responseCode = "400", description = "Malformed"),
                    @ApiResponse(responseCode = "422", description = "E.g. a cost without a currency")})
    ResponseEntity<MembershipResponse> register(@Valid @RequestBody MembershipRequest request) {
        MembershipDetails details = request.toDetails();
        Membership m = service.register(details, actors.get());
        return ResponseEntity.created(URI.create("/api/memberships/" + m.id())).eTag(Versions.etag(m.version()))
                .body(MembershipResponse.of(m));
    }

    @GetMapping
    @Operation(summary = "List memberships, filtered and paged")
    PageResponse<MembershipResponse> list(@RequestParam(required = false) MembershipStatus status,
                                          @Parameter(description = "Free text", example = "euro") @RequestParam(required = false)
                                          @Size(max = 200, message = "must be at most 200 characters") String q,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return service.list(status, q == null || q.isBlank() ? null : q.strip(), PageRequest.of(page, size))
                .map(MembershipResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One membership")
    ResponseEntity<MembershipResponse> get(@PathVariable UUID id) {
        return withEtag(service.get(id));
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "Who changed this membership, when, and each field from what to what (oldest first)",
            responses = {@ApiResponse(responseCode = "404", description = "No such membership")})
    List<AuditEntry> audit(@PathVariable UUID id) {
        service.get(id);
        return audit.history("membership", id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a membership's details (If-Match → 412 if stale; body version → 409 if stale)")
    ResponseEntity<MembershipResponse> update(@PathVariable UUID id, @Valid @RequestBody MembershipRequest request,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        MembershipDetails details = request.toDetails();
        return withEtag(service.update(id, ifMatch, request.version(), details, actors.get()));
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "Activate a membership with a KF or KS decision",
            responses = {@ApiResponse(responseCode = "409", description = "Not PROPOSED"),
                    @ApiResponse(responseCode = "422", description = "No decision, no purpose or no yearly cost")})
    ResponseEntity<MembershipResponse> activate(@PathVariable UUID id, @Valid @RequestBody ActivateMembershipRequest request,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Decision decision = DecisionInput.toDecision(request.decision());
        return withEtag(service.activate(id, ifMatch, decision, actors.get()));
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End a membership, with the date and the reason",
            responses = {@ApiResponse(responseCode = "409", description = "Already ended"),
                    @ApiResponse(responseCode = "422", description = "Date or reason missing")})
    ResponseEntity<MembershipResponse> end(@PathVariable UUID id, @Valid @RequestBody EndMembershipRequest request,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return withEtag(service.end(id, ifMatch, request.endedOn(), request.reason(), actors.get()));
    }

    private static ResponseEntity<MembershipResponse> withEtag(Membership m) {
        return ResponseEntity.ok().eTag(Versions.etag(m.version())).body(MembershipResponse.of(m));
    }
}
