package se.goteborg.international.monitoring.feed;

import java.net.URI;

/**
 * What one ingestion reads: a feed, and the SPARQL endpoint used to enrich its new items (null to skip).
 */
public record FeedSource(URI feed, URI sparqlEndpoint) {
}
