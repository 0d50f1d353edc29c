package se.goteborg.international.monitoring.feed;

/** Why a feed, an answer or a call could not be used; {@link #reason()} is the metric tag. */
public class FeedProblem extends RuntimeException {

    /** The source could not be reached, timed out or answered 5xx: worth retrying later. */
    public static class Unavailable extends FeedProblem {
        public Unavailable(String message, Throwable cause) {
            super("unavailable", message, cause);
        }
    }

    private final String reason;

    public FeedProblem(String reason, String message) {
        this(reason, message, null);
    }

    public FeedProblem(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** A short tag: unavailable, refused, too-large, malformed, circuit-open. */
    public String reason() {
        return reason;
    }
}
