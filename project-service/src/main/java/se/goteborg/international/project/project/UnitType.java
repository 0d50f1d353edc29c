package se.goteborg.international.project.project;

/** The kind of city unit leading a project. */
public enum UnitType {
    /** Nämnd: a committee. */
    NAMND,
    /** Förvaltning: an administration. */
    FORVALTNING,
    /** Bolag: a city-owned company. */
    BOLAG
}
