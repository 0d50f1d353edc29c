package se.goteborg.international.partnership.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import se.goteborg.international.partnership.shared.PriorityArea;
import se.goteborg.international.domain.RuleViolation;
import se.goteborg.international.partnership.shared.Texts;

/**
 * Something that happened within a partnership: a visit, a delegation, a meeting (e.g. the biennial
 * twin-city meeting with its theme and host), an agreement signed, a conference.
 */
public record Activity(UUID id, UUID partnershipId, ActivityType type, String title, LocalDate startDate,
                       LocalDate endDate, String place, String theme, String host, List<String> participants,
                       List<String> units, String outcomes, Set<PriorityArea> priorityAreas, Instant recordedAt,
                       String recordedBy) {

    public Activity {
        if (type == null) {
            throw RuleViolation.rule("activity-type-required", "type", "say what kind of activity it was");
        }
        if (Texts.isBlank(title)) {
            throw RuleViolation.rule("activity-title-required", "title", "an activity needs a title");
        }
        if (startDate == null) {
            throw RuleViolation.rule("activity-date-required", "startDate", "an activity needs the date it took place");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw RuleViolation.rule("activity-ends-before-start", "endDate",
                    "an activity cannot end (" + endDate + ") before it starts (" + startDate + ")");
        }
        if (priorityAreas == null || priorityAreas.isEmpty()) {
            throw RuleViolation.rule("activity-priority-area-required", "priorityAreas",
                    "say which priority area the activity served");
        }
        title = title.strip();
        place = Texts.clean(place);
        theme = Texts.clean(theme);
        host = Texts.clean(host);
        outcomes = Texts.clean(outcomes);
        participants = participants == null ? List.of() : List.copyOf(participants);
        units = units == null ? List.of() : List.copyOf(units);
        priorityAreas = Set.copyOf(priorityAreas);
    }
}
