package se.goteborg.international.events.envelope;

/** A message that can never be processed, however often it is retried: it goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super("Malformed event: " + message);
    }
}
