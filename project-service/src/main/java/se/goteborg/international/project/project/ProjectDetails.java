package se.goteborg.international.project.project;

import java.time.LocalDate;
import java.util.List;

/** What a user registers and edits about a project (everything but its lifecycle and results). */
public record ProjectDetails(String title, String acronym, String description, LeadUnit leadUnit,
                             PriorityArea primaryPriorityArea, List<PriorityArea> otherPriorityAreas,
                             String programme, String callIdentifier, LocalDate startDate, LocalDate endDate,
                             Budget budget, List<Partner> partners, String benefitForGothenburg,
                             List<String> celexNumbers) {

    public ProjectDetails {
        otherPriorityAreas = otherPriorityAreas == null ? List.of()
                : otherPriorityAreas.stream().distinct().filter(a -> a != primaryPriorityArea).toList();
        partners = partners == null ? List.of() : List.copyOf(partners);
        celexNumbers = celexNumbers == null ? List.of() : celexNumbers.stream().distinct().toList();
        callIdentifier = callIdentifier == null || callIdentifier.isBlank() ? null
                : callIdentifier.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
