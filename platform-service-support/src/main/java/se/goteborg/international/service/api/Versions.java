package se.goteborg.international.service.api;

import se.goteborg.international.service.problem.ApiException;

/**
 * Optimistic locking over HTTP: an item's version travels as a strong ETag ({@code "3"}); a change
 * sent with {@code If-Match} naming an older version is refused with 412, so nobody overwrites a
 * change they have not seen.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks {@code If-Match} against the current version. A missing header is allowed (the caller
     * then relies on the version in the body or row lock); {@code *} matches any version.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag(currentVersion))) {
                return;
            }
        }
        throw ApiException.preconditionFailed("This item has changed since you read it (now version "
                + currentVersion + "); reload it and try again");
    }
}
