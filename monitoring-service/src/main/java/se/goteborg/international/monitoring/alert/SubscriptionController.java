package se.goteborg.international.monitoring.alert;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/subscriptions")
@Tag(name = "Subscriptions", description = "Units subscribe to subject areas, keywords or single items to get alerts")
class SubscriptionController {

    private final SubscriptionService service;

    SubscriptionController(SubscriptionService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Subscribe a unit", description = "Example: {\"unit\":\"Stadsledningskontoret\",\"kind\":\"KEYWORD\",\"value\":\"cohesion\"}."
            + " 409 if the unit already has this subscription; 422 for an unknown item id or a too short keyword.")
    ResponseEntity<Subscription> subscribe(@Valid @RequestBody SubscriptionRequest request) {
        Subscription s = service.subscribe(request);
        return ResponseEntity.created(URI.create("/api/subscriptions/" + s.id())).body(s);
    }

    @GetMapping
    @Operation(summary = "List subscriptions, optionally of one unit")
    List<Subscription> list(@Parameter(example = "Stadsledningskontoret") @RequestParam(required = false) String unit) {
        return service.list(unit);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "End a subscription")
    ResponseEntity<Void> unsubscribe(@PathVariable UUID id) {
        service.unsubscribe(id);
        return ResponseEntity.noContent().build();
    }
}
