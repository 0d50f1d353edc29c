package se.goteborg.international.service.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One change to one item: who (user or client, and their unit), when, what (the use case) and
 * which fields went from what to what.
 */
@Schema(description = "One change to an item, as the audit trail recorded it")
public record AuditEntry(
        UUID id,
        @Schema(example = "project") String itemType,
        @Schema(example = "0b6f3c7e-5a43-4a4e-9b7e-1f1f5f2c9a10") String itemId,
        @Schema(example = "updated") String action,
        @Schema(example = "anna.andersson") String actor,
        @Schema(example = "Business Region Göteborg AB") String actorUnit,
        Instant at,
        List<FieldChange> changes) {

    /** A field's value before and after (null when it did not exist). */
    public record FieldChange(@Schema(example = "title") String field, Object from, Object to) {
    }
}
