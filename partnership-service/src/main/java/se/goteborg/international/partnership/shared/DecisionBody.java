package se.goteborg.international.partnership.shared;

/** Who took a decision. */
public enum DecisionBody {
    /** Kommunfullmäktige, the city council. */
    KF,
    /** Kommunstyrelsen, the city executive board. */
    KS
}
