package se.goteborg.international.monitoring.feed;

import java.util.List;

/**
 * What one read of a feed did.
 *
 * @param fetched   entries read from the feed
 * @param created   new watched items
 * @param known     entries seen before, or whose CELEX number is already watched
 * @param malformed entries skipped as unusable
 * @param deferred  entries left for the next run (the per-run limit was reached)
 * @param enrichmentFailures new items created without Cellar's data because Cellar failed
 * @param failure   why the feed as a whole could not be read; null if it was
 * @param problems  what was wrong with each skipped entry
 */
public record IngestionReport(int fetched, int created, int known, int malformed, int deferred,
                              int enrichmentFailures, String failure, List<String> problems) {

    public static IngestionReport failed(String failure) {
        return new IngestionReport(0, 0, 0, 0, 0, 0, failure, List.of());
    }

    public boolean ok() {
        return failure == null;
    }
}
