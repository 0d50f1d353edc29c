package se.goteborg.international.project.project;

import java.util.UUID;

/**
 * Filters of the project list; null means "any".
 *
 * @param unit         lead unit name, case-insensitive exact match
 * @param priorityArea primary or other priority area
 * @param year         projects whose period touches this calendar year
 * @param text         free text in title, acronym, description, call identifier and benefit
 */
public record ProjectFilter(ProjectStatus status, String programme, String unit, UnitType unitType,
                            PriorityArea priorityArea, String partnerCountry, UUID partnershipId, Integer year,
                            String text) {
}
