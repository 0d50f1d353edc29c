package se.goteborg.international.reporting.rebuild;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.goteborg.international.events.Topics;
import se.goteborg.international.events.consumer.EventInbox;
import se.goteborg.international.events.envelope.DecodedEvent;
import se.goteborg.international.events.envelope.MalformedEventException;
import se.goteborg.international.reporting.readmodel.EventApplier;
import se.goteborg.international.reporting.readmodel.Generations;
import se.goteborg.international.service.problem.ApiException;

/**
 * Rebuilds every read model from the domain topics into a fresh generation, with its own consumer
 * (assigned partitions, from the beginning, no group commits), while the active generation keeps
 * serving. Live events go to both generations meanwhile, so nothing published during the rebuild is
 * missed. Once the rebuild has read up to the end offsets taken at its start, one update makes the new
 * generation active. The previous generation stays until the next rebuild starts (to compare, or to
 * switch back by hand).
 */
@Service
public class RebuildService {

    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);
    /**
     * Records per poll, each poll one transaction: big, so more of an aggregate's events fall into one poll, but
     * not so big that two polls in memory (one decoded, one being written) outgrow the young generation of a
     * 384 MB heap: at 5,000 they were promoted, and young and full GCs took a third of the rebuild.
     */
    private static final int BATCH = 2000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ConsumerFactory<String, String> consumers;
    private final EventInbox inbox;
    private final EventApplier applier;
    private final Generations generations;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild"));
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild-writer"));
    private final AtomicBoolean stopping = new AtomicBoolean();

    RebuildService(JdbcClient jdbc, TransactionTemplate tx, ConsumerFactory<String, String> consumers, EventInbox inbox,
                   EventApplier applier, Generations generations) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.consumers = consumers;
        this.inbox = inbox;
        this.applier = applier;
        this.generations = generations;
    }

    /** A run cut short by a stopped process can never finish: it is marked failed so a new one may start. */
    @EventListener(ApplicationReadyEvent.class)
    void abandonInterruptedRuns() {
        tx.executeWithoutResult(s -> {
            jdbc.sql("update rebuild_run set status = 'FAILED', finished_at = now(), error = 'service stopped during the rebuild' where status = 'RUNNING'").update();
            jdbc.sql("update report_generation set building = null").update();
        });
    }

    /** Starts a rebuild; refused with 409 while one is running. */
    public RebuildProgress start() {
        long[] run = new long[2];
        tx.executeWithoutResult(s -> {
            Integer building = jdbc.sql("select building from report_generation for update")
                    .query((rs, n) -> java.util.Optional.ofNullable((Integer) rs.getObject(1))).single().orElse(null);
            if (building != null) {
                throw ApiException.conflict("rebuild-running", "A rebuild is already running; follow it with GET.");
            }
            int active = generations.active();
            int next = jdbc.sql("select greatest(:active, coalesce(max(gen), 0)) + 1 from rebuild_run")
                    .param("active", active).query(Integer.class).single();
            for (String table : Generations.TABLES) { // drop retired and abandoned generations
                jdbc.sql("delete from " + table + " where gen <> :active").param("active", active).update();
            }
            jdbc.sql("update report_generation set building = :next").param("next", next).update();
            run[0] = jdbc.sql("insert into rebuild_run (gen, status) values (:gen, 'RUNNING') returning id")
                    .param("gen", next).query(Long.class).single();
            run[1] = next;
        });
        worker.submit(() -> run(run[0], (int) run[1]));
        return progress();
    }

    public RebuildProgress progress() {
        int active = generations.active();
        return jdbc.sql("select * from rebuild_run order by id desc limit 1")
                .query((rs, n) -> new RebuildProgress(rs.getLong("id"), rs.getInt("gen"), rs.getString("status"),
                        instant(rs.getObject("started_at", OffsetDateTime.class)),
                        instant(rs.getObject("finished_at", OffsetDateTime.class)), rs.getLong("records_target"),
                        rs.getLong("records_read"), rs.getString("error"), active))
                .optional()
                .orElse(new RebuildProgress(0, active, "NONE", null, null, 0, 0, null, active));
    }

    private void run(long runId, int gen) {
        Map<String, Object> overrides = new HashMap<>(consumers.getConfigurationProperties());
        overrides.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-rebuild-" + gen);
        overrides.put(ConsumerConfig.CLIENT_ID_CONFIG, "rebuild-" + gen);
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // big polls: each poll is applied in one transaction
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(BATCH));
        // but fetches of a few MB: a fetch response is one array held until its records are polled, and
        // 32 MB ones went straight to the old generation of a 384 MB heap (a full GC every few polls)
        overrides.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(2 * 1024 * 1024));
        overrides.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(8 * 1024 * 1024));
        AtomicReference<Future<?>> inFlight = new AtomicReference<>(CompletableFuture.completedFuture(null));
        // values as bytes: the codec parses UTF-8 itself, no String of each message is made first
        try (Consumer<String, byte[]> consumer = new KafkaConsumer<>(overrides, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : Topics.DOMAIN_TOPICS) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // the end is fixed now: later events reach the new generation through the live listener
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            long target = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            jdbc.sql("update rebuild_run set records_target = :t where id = :id").param("t", target).param("id", runId).update();
            long read = 0;
            // one poll is written (writer thread) while the next is read and decoded (this thread)
            while (!stopping.get() && !reachedEnd(consumer, partitions, end)) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        batch.add(record);
                    }
                }
                read += batch.size();
                Poll poll = prepare(batch);
                await(inFlight.get());
                long readSoFar = read;
                inFlight.set(writer.submit(() -> apply(gen, poll, runId, readSoFar)));
            }
            await(inFlight.get());
            if (stopping.get()) {
                throw new IllegalStateException("service stopping");
            }
            tx.executeWithoutResult(s -> {
                jdbc.sql("update report_generation set active = :gen, building = null, switched_at = now()")
                        .param("gen", gen).update();
                jdbc.sql("update rebuild_run set status = 'SWITCHED', finished_at = now() where id = :id")
                        .param("id", runId).update();
            });
            log.info("Rebuilt read models into generation {} from {} records and switched to it", gen, read);
        } catch (RuntimeException e) {
            try { // no write of this run may land after it is marked failed
                inFlight.get().get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException ignored) {
                // the write failed as well: nothing of it remains
            }
            log.error("Rebuild into generation {} failed; the active generation keeps serving", gen, e);
            tx.executeWithoutResult(s -> {
                jdbc.sql("update report_generation set building = null").update();
                jdbc.sql("update rebuild_run set status = 'FAILED', finished_at = now(), error = :e where id = :id")
                        .param("e", String.valueOf(e.getMessage())).param("id", runId).update();
            });
        }
    }

    /** A poll's records decoded and checked, without the database. */
    private record Poll(List<EventApplier.Received> received, EventApplier.Prepared prepared) {
    }

    private Poll prepare(List<ConsumerRecord<String, byte[]>> records) {
        List<EventApplier.Received> received = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            DecodedEvent event = decode(record);
            if (event != null) { // the JSON is kept only to park an event of an unknown type: a poll is in memory
                received.add(new EventApplier.Received(event, withValue(record,
                        event.type() != null ? null : new String(record.value(), StandardCharsets.UTF_8))));
            }
        }
        return new Poll(received, applier.prepareRebuild(received));
    }

    private static ConsumerRecord<String, String> withValue(ConsumerRecord<String, ?> r, String value) {
        return new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.key(), value);
    }

    /** Waits for the previous poll's write; its failure fails the rebuild. */
    private static void await(Future<?> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * One poll's records in one transaction, with the progress figure. Should the transaction fail
     * (malformed events were left out already, so something else), the whole poll is rolled back and
     * taken again one event per transaction, so a bad event is skipped alone, as the live listener
     * dead-letters it alone.
     */
    private void apply(int gen, Poll poll, long runId, long read) {
        try {
            tx.executeWithoutResult(s -> {
                // no wait for the WAL flush at each poll's commit: a crash loses at most the last polls of a
                // generation nobody reads yet, and a crash fails the rebuild anyway (abandonInterruptedRuns);
                // the switch transaction below keeps the default, so an active generation is always durable
                jdbc.sql("set local synchronous_commit = off").update();
                applier.applyRebuild(gen, poll.prepared());
                recordsRead(runId, read);
            });
        } catch (RuntimeException e) {
            log.debug("Rebuild takes a poll of {} records again one by one: {}", poll.received().size(), e.toString());
            for (EventApplier.Received r : poll.received()) {
                try {
                    tx.executeWithoutResult(s -> applier.applyRebuild(gen, r));
                } catch (MalformedEventException malformed) {
                    skipped(r.record());
                }
            }
            recordsRead(runId, read);
        }
    }

    /** The envelope with its payload, parsed in one pass. */
    private DecodedEvent decode(ConsumerRecord<String, byte[]> record) {
        try {
            return inbox.codec().decode(record.value());
        } catch (MalformedEventException e) {
            skipped(record);
            return null;
        }
    }

    /** The live listener dead-lettered it: the incremental read models never had it either. */
    private static void skipped(ConsumerRecord<String, ?> record) {
        log.debug("Rebuild skips malformed {}-{}@{}", record.topic(), record.partition(), record.offset());
    }

    private void recordsRead(long runId, long read) {
        jdbc.sql("update rebuild_run set records_read = :n where id = :id").param("n", read).param("id", runId).update();
    }

    private static boolean reachedEnd(Consumer<String, byte[]> consumer, List<TopicPartition> partitions,
                                      Map<TopicPartition, Long> end) {
        for (TopicPartition p : partitions) {
            if (consumer.position(p) < end.get(p)) {
                return false;
            }
        }
        return true;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    @PreDestroy
    void stop() {
        stopping.set(true);
        worker.shutdown();
        writer.shutdown();
    }
}
