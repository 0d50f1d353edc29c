package se.goteborg.international.monitoring.feed;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The feed connector's settings ({@code monitoring.feeds.*}).
 *
 * @param urls            EUR-Lex RSS 2.0 feeds to read
 * @param cellarEndpoint  the Publications Office's SPARQL endpoint; empty to skip enrichment
 * @param cron            when the scheduled run starts ("-" turns it off)
 * @param maxNewItemsPerRun new items created per run, across feeds; the rest wait for the next run
 * @param maxEntriesPerFeed entries read from one feed document at most
 * @param maxBytes        the largest response accepted (feed or SPARQL answer)
 * @param connectTimeout  TCP connect timeout
 * @param readTimeout     longest wait for the server to send data
 */
@ConfigurationProperties("monitoring.feeds")
public record FeedProperties(@DefaultValue List<URI> urls,
                             URI cellarEndpoint,
                             @DefaultValue("0 0 * * * *") String cron,
                             @DefaultValue("50") int maxNewItemsPerRun,
                             @DefaultValue("500") int maxEntriesPerFeed,
                             @DefaultValue("2MB") DataSize maxBytes,
                             @DefaultValue("3s") Duration connectTimeout,
                             @DefaultValue("10s") Duration readTimeout) {
}
