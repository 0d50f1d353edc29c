package se.goteborg.international.monitoring.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.goteborg.international.monitoring.StubServer;
import se.goteborg.international.monitoring.StubServer.Answer;
import se.goteborg.international.monitoring.legislation.LegislationService;
import se.goteborg.international.monitoring.legislation.Stage;
import se.goteborg.international.monitoring.legislation.WatchedItem;
import se.goteborg.international.testsupport.PlatformIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The EUR-Lex connector against a local stub: realistic, broken, hostile, slow and huge answers. */
@PlatformIntegrationTest
class FeedIngestionTest {

    static final String RSS = "application/rss+xml";
    static final StubServer stub = new StubServer();

    @Autowired
    FeedIngestion ingestion;
    @Autowired
    LegislationService legislation;
    @Autowired
    ResilientHttp http;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LockProvider locks;

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Test
    void aFeedBringsInNewItemsEnrichedFromCellarOnceEvenWhenReadTwice() {
        stub.answer("/eurlex/legislation.rss", Answer.ok(RSS, new String(RssParserTest.resource("eurlex-legislation.xml"),
                StandardCharsets.UTF_8)));
        stub.answer("/cellar/sparql", Answer.ok(CellarClient.ACCEPT, new String(
                RssParserTest.resource("sparql-32024R1689.json"), StandardCharsets.UTF_8)));
        FeedSource source = new FeedSource(stub.uri("/eurlex/legislation.rss"), stub.uri("/cellar/sparql"));
        double malformedBefore = count("platform.monitoring.feed.items", "result", "malformed");

        IngestionReport first = ingestion.ingest(source);

        assertThat(first.ok()).isTrue();
        assertThat(first.fetched()).isEqualTo(6);
        assertThat(first.created()).isEqualTo(3);
        assertThat(first.malformed()).as(String.join("; ", first.problems())).isEqualTo(3);
        assertThat(first.problems()).anyMatch(p -> p.contains("the year 1899 is before EU law began"));
        assertThat(count("platform.monitoring.feed.items", "result", "malformed") - malformedBefore).isEqualTo(3);

        WatchedItem ai = legislation.findByCelex("32024R1689").orElseThrow();
        assertThat(ai.stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(ai.subjectAreas()).containsExactly("artificial intelligence", "digitalisation");
        assertThat(ai.dates().adoption()).as("from Cellar").isEqualTo(LocalDate.of(2024, 6, 13));
        assertThat(ai.dates().entryIntoForce()).containsExactly(LocalDate.of(2024, 8, 1));
        assertThat(ai.dates().publication()).as("from the feed").isEqualTo(LocalDate.of(2024, 7, 12));
        assertThat(ai.eli()).isEqualTo("http://data.europa.eu/eli/reg/2024/1689/oj");
        assertThat(stub.lastRequestBody("/cellar/sparql")).as("SPARQL protocol form POST")
                .contains("format=application%2Fsparql-results%2Bjson").contains("query=PREFIX+cdm");
        assertThat(stub.calls("/cellar/sparql")).as("one lookup per new item with a CELEX number").isEqualTo(3);
        assertThat(legislation.findByCelex("52022PC0197").orElseThrow().stage()).isEqualTo(Stage.PROPOSED);
        long items = itemCount();

        IngestionReport second = ingestion.ingest(source);

        assertThat(second.created()).isZero();
        assertThat(second.known()).isEqualTo(3);
        assertThat(itemCount()).as("reading the same feed again creates nothing").isEqualTo(items);
    }

    @Test
    void brokenHostileAndForeignFeedsAreSkippedWithoutHarm() {
        long items = itemCount();
        double failures = count("platform.monitoring.feed.failures", "reason", "malformed");
        stub.answer("/broken.rss", Answer.ok(RSS, "<rss version=\"2.0\"><channel><item><title>Cut off"));
        stub.answer("/xxe.rss", Answer.ok(RSS, """
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><title>&x;</title><guid>xxe-1</guid></item></channel></rss>"""));
        stub.answer("/maintenance.html", Answer.ok("text/html", "<html><body>Down for maintenance</body></html>"));
        for (String path : new String[] {"/broken.rss", "/xxe.rss", "/maintenance.html"}) {
            IngestionReport report = ingestion.ingest(new FeedSource(stub.uri(path), null));
            assertThat(report.ok()).as(path).isFalse();
            assertThat(report.failure()).as(path).startsWith("malformed");
        }
        assertThat(count("platform.monitoring.feed.failures", "reason", "malformed") - failures).isEqualTo(3);
        assertThat(itemCount()).isEqualTo(items);
    }

    @Test
    void aSlowServerTimesOutAndIsRetriedOnceWithBackOff() {
        // a server of its own: its failures count against its own circuit breaker only (one per host)
        try (StubServer slow = new StubServer()) {
            slow.answer("/slow.rss", new Answer(200, RSS, "<rss/>".getBytes(), 3_000));
            Instant start = Instant.now();
            IngestionReport report = ingestion.ingest(new FeedSource(slow.uri("/slow.rss"), null));
            assertThat(report.failure()).startsWith("unavailable").contains("SocketTimeoutException");
            assertThat(Duration.between(start, Instant.now())).as("read timeout 700ms × 2 attempts")
                    .isLessThan(Duration.ofMillis(2_900));
            assertThat(slow.calls("/slow.rss")).isEqualTo(2);
        }
    }

    @Test
    void aHugeBodyIsCutOffAtTheLimit() {
        byte[] huge = new byte[2 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        stub.answer("/huge.rss", new Answer(200, RSS, huge, 0));
        IngestionReport report = ingestion.ingest(new FeedSource(stub.uri("/huge.rss"), null));
        assertThat(report.failure()).startsWith("too-large");
        assertThat(stub.calls("/huge.rss")).as("not retried").isEqualTo(1);
    }

    @Test
    void aFailingSourceOpensItsCircuitAndIsLeftAlone() {
        try (StubServer down = new StubServer()) {
            down.answer("/feed.rss", new Answer(503, "text/plain", "busy".getBytes(), 0));
            FeedSource source = new FeedSource(down.uri("/feed.rss"), null);
            CircuitBreaker breaker = http.breakerFor(source.feed());
            for (int i = 0; i < 3 && breaker.getState() == CircuitBreaker.State.CLOSED; i++) {
                assertThat(ingestion.ingest(source).failure()).matches("(unavailable|circuit-open).*");
            }
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
            int callsWhenOpened = down.calls("/feed.rss");
            assertThat(ingestion.ingest(source).failure()).startsWith("circuit-open");
            assertThat(down.calls("/feed.rss")).isEqualTo(callsWhenOpened);
        }
    }

    @Test
    void cellarFailingStillBringsTheItemIn() {
        stub.answer("/one.rss", Answer.ok(RSS, """
                <rss version="2.0"><channel><item><title>Directive (EU) 2022/2464 (CSRD)</title>
                <link>https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022L2464</link></item></channel></rss>"""));
        stub.answer("/cellar-broken", Answer.ok(CellarClient.ACCEPT, "{\"head\":"));
        IngestionReport report = ingestion.ingest(new FeedSource(stub.uri("/one.rss"), stub.uri("/cellar-broken")));
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.enrichmentFailures()).isEqualTo(1);
        assertThat(legislation.findByCelex("32022L2464")).isPresent();
    }

    @Test
    void workPerRunIsBoundedAndTheRestComesNextRun() {
        StringBuilder feed = new StringBuilder("<rss version=\"2.0\"><channel>");
        for (int i = 1; i <= 7; i++) {
            feed.append("<item><title>Commission proposal ").append(i).append("</title><link>https://eur-lex.europa.eu/")
                    .append("legal-content/EN/TXT/?uri=CELEX:5202").append("5PC090").append(i).append("</link></item>");
        }
        stub.answer("/many.rss", Answer.ok(RSS, feed.append("</channel></rss>").toString()));
        FeedSource source = new FeedSource(stub.uri("/many.rss"), null);
        IngestionReport first = ingestion.ingest(source);
        assertThat(first.created()).isEqualTo(5);
        assertThat(first.deferred()).isEqualTo(2);
        IngestionReport second = ingestion.ingest(source);
        assertThat(second.created()).isEqualTo(2);
        assertThat(second.known()).isEqualTo(5);
    }

    @Test
    void theScheduledRunSkipsWhileAnotherInstanceHoldsItsLock() {
        // the test configuration names one feed that refuses connections: a run counts as failed
        ingestion.scheduledRun();
        double runs = count("platform.monitoring.feed.runs", "outcome", "failed");
        assertThat(runs).as("the scheduled run reads the configured feeds").isPositive();
        Optional<SimpleLock> held = locks.lock(new LockConfiguration(Instant.now(), "monitoring-feed-ingestion",
                Duration.ofMinutes(1), Duration.ZERO));
        assertThat(held).isPresent();
        try {
            ingestion.scheduledRun();
        } finally {
            held.get().unlock();
        }
        assertThat(count("platform.monitoring.feed.runs", "outcome", "failed")).as("skipped: another instance runs it")
                .isEqualTo(runs);
        assertThat(jdbc.sql("select count(*) from platform.shedlock where name = 'monitoring-feed-ingestion'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private double count(String name, String tag, String value) {
        var counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    private long itemCount() {
        return jdbc.sql("select count(*) from watched_item").query(Long.class).single();
    }
}
