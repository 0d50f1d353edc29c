package se.goteborg.international.monitoring.feed;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.goteborg.international.domain.RuleViolation;
import se.goteborg.international.monitoring.legislation.CelexNumber;
import se.goteborg.international.monitoring.legislation.InvalidReferenceException;
import se.goteborg.international.monitoring.legislation.ItemRequest;
import se.goteborg.international.monitoring.legislation.ItemType;
import se.goteborg.international.monitoring.legislation.KeyDates;
import se.goteborg.international.monitoring.legislation.KeyDatesRequest;
import se.goteborg.international.monitoring.legislation.LegislationService;
import se.goteborg.international.service.problem.ApiException;

/**
 * Brings new items in from EUR-Lex RSS feeds, enriched from Cellar. Idempotent: every entry read is
 * remembered by its guid (or link), so reading a feed again creates nothing new. A feed that cannot
 * be read, or an entry that cannot be used, is logged, counted and skipped; it never stops the rest.
 * Work per run is bounded ({@code monitoring.feeds.max-new-items-per-run}).
 */
@Component
@EnableConfigurationProperties(FeedProperties.class)
public class FeedIngestion {

    private static final Logger log = LoggerFactory.getLogger(FeedIngestion.class);
    static final String ACCEPT = "application/rss+xml, application/xml;q=0.9, text/xml;q=0.8";

    private final ResilientHttp http;
    private final CellarClient cellar;
    private final LegislationService legislation;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final FeedProperties props;
    private final MeterRegistry meters;
    private final Clock clock;

    FeedIngestion(ResilientHttp http, CellarClient cellar, LegislationService legislation, JdbcClient jdbc,
                  TransactionTemplate tx, FeedProperties props, MeterRegistry meters, Clock clock) {
        this.http = http;
        this.cellar = cellar;
        this.legislation = legislation;
        this.jdbc = jdbc;
        this.tx = tx;
        this.props = props;
        this.meters = meters;
        this.clock = clock;
        // at 0 from the start, so dashboards and alerts see the series before the first run, and the
        // breakers of the known sources exist (resilience4j_circuitbreaker_state) before their first call
        List.of("ok", "failed").forEach(o -> meters.counter("platform.monitoring.feed.runs", "outcome", o));
        List.of("fetched", "created", "known", "malformed", "deferred")
                .forEach(r -> meters.counter("platform.monitoring.feed.items", "result", r));
        List.of("found", "not-found", "failed").forEach(o -> meters.counter("platform.monitoring.cellar.lookups", "outcome", o));
        if (props.cellarEndpoint() != null) {
            http.breakerFor(props.cellarEndpoint());
        }
        props.urls().forEach(http::breakerFor);
    }

    /** The scheduled run: every configured feed, once across all instances. */
    @Scheduled(cron = "${monitoring.feeds.cron:0 0 * * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = "monitoring-feed-ingestion", lockAtMostFor = "PT20M")
    public void scheduledRun() {
        runConfigured();
    }

    /** Reads every configured feed, sharing the per-run budget of new items. */
    public List<IngestionReport> runConfigured() {
        List<IngestionReport> reports = new ArrayList<>();
        int budget = props.maxNewItemsPerRun();
        URI endpoint = blank(props.cellarEndpoint()) ? null : props.cellarEndpoint();
        for (URI feed : props.urls()) {
            if (blank(feed) || budget <= 0) {
                continue;
            }
            IngestionReport report = ingest(new FeedSource(feed, endpoint), budget);
            budget -= report.created();
            reports.add(report);
        }
        return reports;
    }

    /** Reads one feed now, within the configured per-run limit. */
    public IngestionReport ingest(FeedSource source) {
        return ingest(source, props.maxNewItemsPerRun());
    }

    IngestionReport ingest(FeedSource source, int budget) {
        byte[] body;
        List<RssParser.Entry> entries;
        try {
            body = http.get(source.feed(), ACCEPT);
            entries = RssParser.parse(body, props.maxEntriesPerFeed());
        } catch (FeedProblem p) {
            log.warn("Feed {} skipped ({}): {}", source.feed(), p.reason(), p.getMessage());
            meters.counter("platform.monitoring.feed.failures", "reason", p.reason()).increment();
            meters.counter("platform.monitoring.feed.runs", "outcome", "failed").increment();
            return IngestionReport.failed(p.reason() + ": " + p.getMessage());
        }
        int created = 0;
        int known = 0;
        int malformed = 0;
        int deferred = 0;
        int enrichmentFailures = 0;
        List<String> problems = new ArrayList<>();
        for (RssParser.Entry entry : entries) {
            if (entry.problem() != null) {
                malformed++;
                problems.add(entry.problem());
                continue;
            }
            RssItem item = entry.item();
            if (seen(item.key())) {
                known++;
                continue;
            }
            Optional<CelexNumber> celex;
            try {
                celex = CelexNumber.findIn(item.link() + " " + item.guid())
                        .map(c -> CelexNumber.parse(c, Year.now(clock).getValue() + 1));
            } catch (InvalidReferenceException e) {
                malformed++;
                problems.add("the entry '" + item.title() + "' names an invalid CELEX number: " + e.getMessage());
                continue;
            }
            if (celex.isPresent() && legislation.findByCelex(celex.get().value()).isPresent()) {
                UUID existing = legislation.findByCelex(celex.get().value()).get().id();
                tx.executeWithoutResult(s -> remember(item.key(), source.feed(), existing));
                known++;
                continue;
            }
            if (created >= budget) {
                deferred++; // not remembered: the next run picks it up
                continue;
            }
            Enrichment enrichment = enrich(source.sparqlEndpoint(), celex.orElse(null));
            if (enrichment.failed()) {
                enrichmentFailures++;
            }
            try {
                tx.executeWithoutResult(s -> {
                    var tracked = legislation.track(request(item, celex.orElse(null), enrichment.record()),
                            LegislationService.Origin.FEED, "feed");
                    remember(item.key(), source.feed(), tracked.id());
                });
                created++;
            } catch (ApiException | RuleViolation e) {
                malformed++;
                problems.add("the entry '" + item.title() + "' could not be tracked: " + e.getMessage());
            }
        }
        problems.forEach(p -> log.warn("Feed {}: skipped entry: {}", source.feed(), p));
        meters.counter("platform.monitoring.feed.runs", "outcome", "ok").increment();
        meters.counter("platform.monitoring.feed.items", "result", "fetched").increment(entries.size());
        meters.counter("platform.monitoring.feed.items", "result", "created").increment(created);
        meters.counter("platform.monitoring.feed.items", "result", "known").increment(known);
        meters.counter("platform.monitoring.feed.items", "result", "malformed").increment(malformed);
        meters.counter("platform.monitoring.feed.items", "result", "deferred").increment(deferred);
        log.info("Feed {}: {} entries, {} new, {} known, {} skipped, {} deferred", source.feed(), entries.size(),
                created, known, malformed, deferred);
        return new IngestionReport(entries.size(), created, known, malformed, deferred, enrichmentFailures, null,
                List.copyOf(problems));
    }

    private record Enrichment(CellarClient.CellarRecord record, boolean failed) {
    }

    private Enrichment enrich(URI endpoint, CelexNumber celex) {
        if (endpoint == null || celex == null) {
            return new Enrichment(null, false);
        }
        try {
            Optional<CellarClient.CellarRecord> found = cellar.lookup(endpoint, celex);
            meters.counter("platform.monitoring.cellar.lookups", "outcome", found.isPresent() ? "found" : "not-found").increment();
            return new Enrichment(found.orElse(null), false);
        } catch (FeedProblem p) {
            // the item still comes in; its dates can be added later
            log.warn("Cellar lookup of {} failed ({}): {}", celex, p.reason(), p.getMessage());
            meters.counter("platform.monitoring.cellar.lookups", "outcome", "failed").increment();
            meters.counter("platform.monitoring.feed.failures", "reason", "cellar-" + p.reason()).increment();
            return new Enrichment(null, true);
        }
    }

    private static ItemRequest request(RssItem item, CelexNumber celex, CellarClient.CellarRecord found) {
        KeyDates dates = found == null ? KeyDates.NONE : found.dates();
        if (celex != null && celex.sector() == '3' && dates.publication() == null && item.published() != null
                && (dates.adoption() == null || !item.published().isBefore(dates.adoption()))) {
            // for an act in the Official Journal, the feed's date is its publication
            dates = new KeyDates(dates.proposal(), dates.adoption(), item.published(), dates.entryIntoForce(),
                    dates.application(), dates.transpositionDeadline());
        }
        if (!dates.entryIntoForce().isEmpty() && dates.publication() != null
                && dates.entryIntoForce().get(0).isBefore(dates.publication())) {
            dates = new KeyDates(dates.proposal(), dates.adoption(), null, dates.entryIntoForce(),
                    dates.application(), dates.transpositionDeadline());
        }
        String title = item.title().length() > 1000 ? item.title().substring(0, 999) + "…" : item.title();
        String link = item.link() != null && item.link().length() <= 1000 ? item.link() : null;
        String eli = found != null && found.eli() != null && found.eli().matches("https?://data\\.europa\\.eu/eli/.+")
                ? found.eli() : null;
        return new ItemRequest(celex == null ? null : celex.value(), null, eli, null, title,
                celex == null ? ItemType.OTHER : null, null, KeyDatesRequest.of(dates),
                item.categories().stream().limit(30).map(c -> c.length() > 100 ? c.substring(0, 100) : c).toList(),
                link, null);
    }

    private static boolean blank(URI uri) {
        return uri == null || uri.toString().isBlank();
    }

    private boolean seen(String key) {
        return jdbc.sql("select count(*) from feed_entry where entry_key = :k").param("k", key)
                .query(Long.class).single() > 0;
    }

    private void remember(String key, URI feed, UUID itemId) {
        int inserted = jdbc.sql("""
                insert into feed_entry (entry_key, feed_url, item_id, seen_at) values (:k, :f, :i, :at)
                on conflict (entry_key) do nothing""")
                .param("k", key).param("f", feed.toString()).param("i", itemId)
                .param("at", Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            throw ApiException.conflict("already-read", "the entry " + key + " was read meanwhile");
        }
    }
}
