package se.goteborg.international.project.project;

import java.util.EnumSet;
import java.util.Set;

/** IDEA → APPLICATION_SUBMITTED → GRANTED | REJECTED; GRANTED → ONGOING → COMPLETED; WITHDRAWN from any open state. */
public enum ProjectStatus {
    IDEA, APPLICATION_SUBMITTED, GRANTED, REJECTED, ONGOING, COMPLETED, WITHDRAWN;

    public Set<ProjectStatus> next() {
        return switch (this) {
            case IDEA -> EnumSet.of(APPLICATION_SUBMITTED, WITHDRAWN);
            case APPLICATION_SUBMITTED -> EnumSet.of(GRANTED, REJECTED, WITHDRAWN);
            case GRANTED -> EnumSet.of(ONGOING, WITHDRAWN);
            case ONGOING -> EnumSet.of(COMPLETED, WITHDRAWN);
            case REJECTED, COMPLETED, WITHDRAWN -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    public boolean canMoveTo(ProjectStatus target) {
        return next().contains(target);
    }

    /** Still competing for money: the states in which two units' applications to one call collide. */
    public boolean isApplying() {
        return this == IDEA || this == APPLICATION_SUBMITTED;
    }

    /** Funding decided in the project's favour: lead unit and benefit must be stated. */
    public boolean isFunded() {
        return this == GRANTED || this == ONGOING || this == COMPLETED;
    }

    /** Actual indicator values can be reported only while the work is done. */
    public boolean acceptsActuals() {
        return this == ONGOING || this == COMPLETED;
    }

    public boolean isClosed() {
        return this == REJECTED || this == COMPLETED || this == WITHDRAWN;
    }
}
