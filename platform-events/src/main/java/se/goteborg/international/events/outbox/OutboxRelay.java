package se.goteborg.international.events.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

import se.goteborg.international.events.envelope.EventEnvelope;

/**
 * Publishes outbox rows to Kafka in id order, keyed by aggregate id, at least once.
 *
 * <p>One relay works at a time across all instances of a service (a PostgreSQL advisory lock held
 * for the batch's transaction), so rows leave in the order they were written. A row is marked
 * published only after Kafka acknowledged it; on the first failure the batch stops there and the
 * rest is tried again after a back-off. The relay is woken right after each commit that adds
 * rows, and also polls, so rows written by other instances are not left waiting.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Advisory lock key shared by all relays of one database ("outbox" in ASCII). */
    private static final long LOCK_KEY = 0x6f7574626f78L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties props;
    private final MeterRegistry meters;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private long lastCleanup;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka,
                       OutboxProperties props, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.props = props;
        this.meters = meters;
        Gauge.builder("platform.outbox.backlog", this, r -> r.orNaN(r::backlog))
                .description("Events written but not yet published to Kafka").register(meters);
        Gauge.builder("platform.outbox.oldest.age", this, r -> r.orNaN(r::oldestUnpublishedAgeSeconds))
                .baseUnit("seconds").description("Age of the oldest event not yet published to Kafka")
                .register(meters);
    }

    /** A gauge must not fail the scrape while the database is away; readiness reports that. */
    private double orNaN(java.util.function.DoubleSupplier value) {
        try {
            return value.getAsDouble();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Asks the relay to look for new rows now. Cheap; safe to call from any thread. */
    public void wakeUp() {
        wake.release();
    }

    /** One relay pass: publishes up to one batch, in order, and marks what Kafka acknowledged. */
    public Pass relayOnce() {
        Pass pass = tx.execute(status -> {
            Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
            if (!Boolean.TRUE.equals(locked)) {
                return new Pass(0, 0);
            }
            List<Row> rows = jdbc.query("""
                    select id, topic, message_key, payload, event_type, trace_headers from platform.outbox_event
                    where published_at is null order by id limit ?""",
                    (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)),
                    props.batchSize());
            if (rows.isEmpty()) {
                return new Pass(0, 0);
            }
            List<Long> sent = send(rows);
            markPublished(sent);
            return new Pass(sent.size(), rows.size());
        });
        return pass == null ? new Pass(0, 0) : pass;
    }

    /** What one pass did: {@code published} of the {@code claimed} rows; fewer means a send failed. */
    public record Pass(int published, int claimed) {
        public boolean failed() {
            return published < claimed;
        }
    }

    /** Sends the rows in order and returns the ids of the acknowledged prefix. */
    private List<Long> send(List<Row> rows) {
        List<CompletableFuture<SendResult<String, String>>> futures = new ArrayList<>(rows.size());
        RuntimeException sendFailure = null;
        for (Row row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            record.headers().add(new RecordHeader("content-type", EventEnvelope.CONTENT_TYPE.getBytes()));
            TraceContextCapture.parse(row.traceHeaders()).forEach((name, value) ->
                    record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
            try {
                futures.add(kafka.send(record));
            } catch (RuntimeException e) {
                sendFailure = e; // e.g. no broker metadata within max.block.ms: nothing after this one is sent
                break;
            }
        }
        List<Long> acknowledged = new ArrayList<>(futures.size());
        for (int i = 0; i < futures.size(); i++) {
            try {
                futures.get(i).get(props.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(rows.get(i).id());
                published(rows.get(i)).increment();
            } catch (Exception e) {
                sendFailure = new IllegalStateException("send of outbox row " + rows.get(i).id() + " failed", e);
                break;
            }
        }
        if (sendFailure != null) {
            log.warn("Outbox relay published {} of {} events; will retry the rest: {}", acknowledged.size(),
                    rows.size(), rootMessage(sendFailure));
        }
        return acknowledged;
    }

    private void markPublished(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.execute((java.sql.Connection c) -> {
            Array array = c.createArrayOf("bigint", ids.toArray());
            try (PreparedStatement ps = c.prepareStatement(
                    "update platform.outbox_event set published_at = now() where id = any(?)")) {
                ps.setArray(1, array);
                return ps.executeUpdate();
            }
        });
    }

    /** Rows not yet published: the backlog an operator watches. */
    public long backlog() {
        Long n = jdbc.queryForObject("select count(*) from platform.outbox_event where published_at is null", Long.class);
        return n == null ? 0 : n;
    }

    private void loop() {
        Duration failureDelay = props.pollInterval();
        while (running) {
            Duration delay = props.pollInterval();
            try {
                Pass pass = relayOnce();
                if (pass.failed()) {
                    failureDelay = backOff(failureDelay);
                    delay = failureDelay;
                } else if (pass.published() == props.batchSize()) {
                    failureDelay = props.pollInterval();
                    continue; // more may be waiting
                } else {
                    failureDelay = props.pollInterval();
                    cleanupNowAndThen();
                }
            } catch (RuntimeException e) {
                failureDelay = backOff(failureDelay);
                delay = failureDelay;
                log.warn("Outbox relay pass failed; retrying in {} ms: {}", delay.toMillis(), rootMessage(e));
            }
            try {
                if (wake.tryAcquire(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        drainOnShutdown();
    }

    /** The last requests' events leave now rather than at the next start, if Kafka is there. */
    private void drainOnShutdown() {
        try {
            Pass pass;
            do {
                pass = relayOnce();
            } while (!pass.failed() && pass.published() == props.batchSize());
        } catch (RuntimeException e) {
            log.info("Outbox rows left for the next start: {}", rootMessage(e));
        }
    }

    private Duration backOff(Duration current) {
        Duration next = current.multipliedBy(2);
        return next.compareTo(props.maxBackOff()) > 0 ? props.maxBackOff() : next;
    }

    private void cleanupNowAndThen() {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < Duration.ofMinutes(10).toMillis()) {
            return;
        }
        lastCleanup = now;
        int removed = jdbc.update("delete from platform.outbox_event where published_at < now() - make_interval(secs => ?)",
                (double) props.retention().toSeconds());
        if (removed > 0) {
            log.debug("Removed {} published outbox rows older than {}", removed, props.retention());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = NestedExceptionUtils.getMostSpecificCause(e);
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(props.sendTimeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop after the web server (which stops accepting writes) and before Kafka's producer goes away
        return Integer.MAX_VALUE - 2048;
    }

    private Counter published(Row row) {
        return Counter.builder("platform.events.published").description("Events the outbox relay published to Kafka")
                .tag("type", row.type()).tag("topic", row.topic()).register(meters);
    }

    /** Seconds since the oldest unpublished row was written; 0 when none wait. */
    public double oldestUnpublishedAgeSeconds() {
        Double age = jdbc.queryForObject("""
                select coalesce(extract(epoch from now() - min(created_at)), 0) from platform.outbox_event
                where published_at is null""", Double.class);
        return age == null ? 0 : age;
    }

    private record Row(long id, String topic, String key, String payload, String type, String traceHeaders) {
    }
}
