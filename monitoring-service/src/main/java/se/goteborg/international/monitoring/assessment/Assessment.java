package se.goteborg.international.monitoring.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.goteborg.international.events.contract.monitoring.AssessmentSnapshot;
import se.goteborg.international.domain.RuleViolation;

/** A unit's judgement of what a watched item means for it, and what it will do about it. */
public record Assessment(UUID id, UUID itemId, String celex, String unit, Relevance relevance, Influence influence,
                         String expectedImpact, String actions, String responsibleUnit, LocalDate dueDate,
                         AssessmentStatus status, List<UUID> projectIds, List<UUID> partnershipIds, long version,
                         Instant createdAt, Instant updatedAt) {

    public Assessment {
        Objects.requireNonNull(id);
        Objects.requireNonNull(itemId);
        Objects.requireNonNull(relevance);
        Objects.requireNonNull(influence);
        Objects.requireNonNull(status);
        projectIds = projectIds == null ? List.of() : projectIds.stream().distinct().toList();
        partnershipIds = partnershipIds == null ? List.of() : partnershipIds.stream().distinct().toList();
        if (relevance != Relevance.NONE && relevance != Relevance.LOW && (actions == null || actions.isBlank())
                && dueDate != null) {
            throw new RuleViolation("actions-required", "actions", "a due date needs the actions that are due");
        }
        if (relevance == Relevance.HIGH && (expectedImpact == null || expectedImpact.isBlank())) {
            throw new RuleViolation("impact-required", "expectedImpact",
                    "a highly relevant item needs its expected impact described");
        }
    }

    public Assessment withStatus(AssessmentStatus next) {
        String refusal = status.refusalToMoveTo(next);
        if (refusal != null) {
            throw new RuleViolation("status-transition", "status", refusal);
        }
        return new Assessment(id, itemId, celex, unit, relevance, influence, expectedImpact, actions, responsibleUnit,
                dueDate, next, projectIds, partnershipIds, version, createdAt, updatedAt);
    }

    public AssessmentSnapshot snapshot() {
        return new AssessmentSnapshot(id, itemId, celex, unit, relevance.name(), influence.name(), expectedImpact,
                actions, responsibleUnit, dueDate, status.name(), projectIds, partnershipIds);
    }
}
