package se.goteborg.international.events.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.apache.kafka.common.config.TopicConfig;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.events.Topics;
import se.goteborg.international.events.consumer.EventInbox;
import se.goteborg.international.events.consumer.ListenerErrorHandling;
import se.goteborg.international.events.envelope.EventActor;
import se.goteborg.international.events.envelope.EventCodec;
import se.goteborg.international.events.outbox.Outbox;
import se.goteborg.international.events.outbox.OutboxProperties;
import se.goteborg.international.events.outbox.OutboxRelay;
import se.goteborg.international.events.outbox.ResolvedOnce;
import se.goteborg.international.events.outbox.TraceContextCapture;
import se.goteborg.international.service.security.Actor;
import se.goteborg.international.service.security.CurrentActor;

/**
 * The event backbone every service gets by depending on platform-events: the platform schema
 * (outbox, processed-event and scheduler-lock tables, own Flyway history), the outbox and its
 * relay, the idempotent inbox, topics, dead-lettering for listeners, and scheduler locks.
 */
@AutoConfiguration
@EnableConfigurationProperties(OutboxProperties.class)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class PlatformEventsAutoConfiguration {

    /**
     * Migrates the {@code platform} schema with its own history table, so the shared tables evolve
     * independently of each service's own migrations in {@code public}.
     */
    @Bean
    PlatformSchema platformSchema(DataSource dataSource) {
        return new PlatformSchema(dataSource);
    }

    /**
     * Locks for scheduled jobs (ShedLock on {@code platform.shedlock}, database time): a job
     * annotated {@code @Scheduled} and {@code @SchedulerLock(name = ...)} runs once across instances.
     */
    @Bean
    @ConditionalOnMissingBean
    LockProvider schedulerLockProvider(PlatformSchema schema, JdbcTemplate jdbc) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc).withTableName("platform.shedlock").usingDbTime().build());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventCodec eventCodec(JsonMapper jsonMapper, @Value("${spring.application.name}") String application) {
        return new EventCodec(jsonMapper, "urn:se:goteborg:intl:" + application);
    }

    @Bean
    OutboxRelay outboxRelay(PlatformSchema schema, JdbcTemplate jdbc, TransactionTemplate tx,
                            KafkaTemplate<String, String> kafka, OutboxProperties props, MeterRegistry meters) {
        return new OutboxRelay(jdbc, tx, kafka, props, meters) {
            @Override
            public boolean isAutoStartup() {
                return props.enabled();
            }
        };
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, EventCodec codec, OutboxRelay relay, Clock clock,
                  ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
                  ObjectProvider<CurrentActor> currentActor, @Value("${spring.application.name}") String application) {
        ResolvedOnce<CurrentActor> actors = new ResolvedOnce<>(currentActor);
        return new Outbox(jdbc, codec, relay, clock, new TraceContextCapture(tracer, propagator), () -> {
            CurrentActor current = actors.get();
            Actor who = current == null ? Actor.system(application) : current.getOrSystem(application);
            return new EventActor(who.id(), who.unit());
        });
    }

    /** Kafka's reachability as a health component: DEGRADED, never DOWN, since the outbox covers writes. */
    @Bean
    KafkaConnectivityHealthIndicator kafkaHealthIndicator(KafkaAdmin admin, OutboxRelay relay) {
        return new KafkaConnectivityHealthIndicator(admin, relay);
    }

    @Bean
    EventInbox eventInbox(PlatformSchema schema, JdbcTemplate jdbc, TransactionTemplate tx, EventCodec codec,
                          @Value("${spring.application.name}") String application, MeterRegistry meters) {
        return new EventInbox(jdbc, tx, codec, application, meters);
    }

    /** Domain topics (kept forever, for rebuilds) and this application's dead-letter topic. */
    @Bean
    KafkaAdmin.NewTopics platformTopics(@Value("${platform.events.partitions:6}") int partitions,
                                        @Value("${spring.application.name}") String application) {
        List<org.apache.kafka.clients.admin.NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.DOMAIN_TOPICS) {
            topics.add(TopicBuilder.name(topic).partitions(partitions).replicas(1)
                    .config(TopicConfig.RETENTION_MS_CONFIG, "-1").build());
        }
        topics.add(TopicBuilder.name(Topics.deadLetter(application)).partitions(1).replicas(1)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1").build());
        return new KafkaAdmin.NewTopics(topics.toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }

    /** Listener failures: see {@link ListenerErrorHandling}. */
    @Bean
    @ConditionalOnProperty(name = "platform.events.dead-letter.enabled", havingValue = "true", matchIfMissing = true)
    CommonErrorHandler platformListenerErrorHandler(KafkaTemplate<String, String> kafka, MeterRegistry meters,
                                                    @Value("${spring.application.name}") String application,
                                                    @Value("${platform.events.retry.interval-ms:250}") long interval,
                                                    @Value("${platform.events.retry.attempts:3}") long attempts) {
        return ListenerErrorHandling.create(kafka, application, meters,
                ListenerErrorHandling.defaultBackOff(interval, attempts));
    }

    /** Runs the platform schema's migrations when the context starts. */
    public static class PlatformSchema implements InitializingBean {

        private final DataSource dataSource;

        PlatformSchema(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public void afterPropertiesSet() {
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas("platform")
                    .table("flyway_platform_history")
                    .locations("classpath:db/platform")
                    .load()
                    .migrate();
        }
    }
}
