package se.goteborg.international.partnership.partnership;

import se.goteborg.international.partnership.shared.PriorityArea;

/** What a list of partnerships may be narrowed by; null means "any". */
public record PartnershipFilter(PartnershipKind kind, PartnershipStatus status, String country,
                                PriorityArea priorityArea, String cooperationArea, String unit, String text) {
}
