package se.goteborg.international.monitoring.legislation;

/** A CELEX number, procedure reference or similar identifier that breaks a rule; the message says which and why. */
public class InvalidReferenceException extends IllegalArgumentException {

    public InvalidReferenceException(String message) {
        super(message);
    }
}
