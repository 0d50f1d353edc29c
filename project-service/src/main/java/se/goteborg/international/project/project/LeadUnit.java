package se.goteborg.international.project.project;

/** The nämnd, förvaltning or bolag that runs a project. */
public record LeadUnit(UnitType type, String name) {
}
