package se.goteborg.international.partnership.partnership;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.goteborg.international.service.problem.ApiException;

@RestController
@RequestMapping("/api/partnerships")
@Tag(name = "Partnerships", description = "Twin cities (vänorter) and partner cities (partnerstäder)")
class PartnershipController {

    private final PartnershipService service;

    PartnershipController(PartnershipService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Register a partnership; it starts as PROPOSED")
    ResponseEntity<PartnershipResponse> propose(@Valid @RequestBody ProposePartnershipRequest request) {
        if (!Partnership.isCountryCode(request.countryCode())) {
            throw ApiException.ruleViolated("unknown-country", "countryCode",
                    "'" + request.countryCode() + "' is not an ISO 3166-1 alpha-2 country code");
        }
        Partnership created = service.propose(request);
        return ResponseEntity.created(URI.create("/api/partnerships/" + created.id()))
                .eTag("\"" + created.version() + "\"")
                .body(PartnershipResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partnership")
    ResponseEntity<PartnershipResponse> get(@PathVariable UUID id) {
        Partnership p = service.get(id);
        return ResponseEntity.ok().eTag("\"" + p.version() + "\"").body(PartnershipResponse.of(p));
    }

    record PartnershipResponse(UUID id, PartnershipKind kind, String cityName, String countryCode,
                               PartnershipStatus status, long version) {
        static PartnershipResponse of(Partnership p) {
            return new PartnershipResponse(p.id(), p.kind(), p.cityName(), p.countryCode(), p.status(), p.version());
        }
    }
}
