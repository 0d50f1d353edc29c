package se.goteborg.international.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

import org.apache.hc.client5.http.ConnectTimeoutException;

/** What went wrong on a call to a service, as the HTTP client reports it (wrapped by RestClient). */
final class UpstreamFailures {

    private UpstreamFailures() {
    }

    /** The service did not answer within its response timeout (it was reached: not a connect failure). */
    static boolean timedOut(Throwable failure) {
        return causeOf(failure, SocketTimeoutException.class) != null && !connectFailure(failure);
    }

    /** The service could not be reached or dropped the connection: an I/O failure other than our timeout. */
    static boolean unreachable(Throwable failure) {
        return causeOf(failure, IOException.class) != null && !timedOut(failure);
    }

    static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean connectFailure(Throwable failure) {
        return causeOf(failure, ConnectException.class) != null || causeOf(failure, ConnectTimeoutException.class) != null;
    }
}
