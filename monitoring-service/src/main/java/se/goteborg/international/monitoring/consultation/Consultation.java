package se.goteborg.international.monitoring.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.goteborg.international.events.contract.monitoring.ConsultationSnapshot;
import se.goteborg.international.domain.RuleViolation;
import se.goteborg.international.monitoring.legislation.WatchedItem;

/** An EU consultation ("Have your say") with its feedback window, and the city's response to it. */
public record Consultation(UUID id, String title, String reference, LocalDate feedbackStart, LocalDate feedbackEnd,
                           List<String> topics, ResponseStatus responseStatus, String responsibleUnit, UUID itemId,
                           long version, Instant createdAt, Instant updatedAt) {

    public Consultation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(responseStatus);
        topics = WatchedItem.normalise(topics);
        if (feedbackStart != null && feedbackEnd != null && feedbackEnd.isBefore(feedbackStart)) {
            throw new RuleViolation("window-order", "feedbackEnd", "the feedback window ends (" + feedbackEnd
                    + ") before it starts (" + feedbackStart + ")");
        }
    }

    public Consultation withResponse(ResponseStatus next) {
        String refusal = responseStatus.refusalToMoveTo(next);
        if (refusal != null) {
            throw new RuleViolation("response-transition", "responseStatus", refusal);
        }
        return new Consultation(id, title, reference, feedbackStart, feedbackEnd, topics, next, responsibleUnit,
                itemId, version, createdAt, updatedAt);
    }

    public ConsultationSnapshot snapshot() {
        return new ConsultationSnapshot(id, title, reference, feedbackStart, feedbackEnd, topics, responseStatus.name(),
                responsibleUnit, itemId);
    }
}
